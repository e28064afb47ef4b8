# Ce qui n'a pas marché, et que faire : l'API Luxfin et le réseau.

net-refused = connexion à { $host } refusée : vérifiez l'URL de base et que le service tourne
net-dns = impossible de résoudre { $host } : vérifiez l'URL de base, le réseau et le DNS de cette machine
net-unreachable = pas de connexion à { $host } à temps : vérifiez le réseau et l'URL de base
net-reset = la connexion à { $host } a été coupée : vérifiez le réseau et réessayez
net-other = impossible de joindre { $host } ({ $detail }) : vérifiez le réseau et réessayez
api-timeout = l'API Luxfin n'a pas répondu en { $seconds } s : réessayez, ou augmentez --timeout
api-unauthorized = la clé d'API a été refusée (401) : vérifiez votre clé d'API (--api-key-file, LUXFIN_API_KEY ou api_key dans config.toml)
api-unauthorized-said = la clé d'API a été refusée (401 : { $message }) : vérifiez votre clé d'API (--api-key-file, LUXFIN_API_KEY ou api_key dans config.toml)
api-rejected = l'API Luxfin a refusé la demande ({ $status }) : { $message }
api-redirect = l'API a répondu par une redirection ({ $status }) vers { $location } ; luxpay ne suit pas les redirections : vérifiez l'URL de base
api-server = l'API Luxfin a échoué ({ $status }) : { $message } ; réessayez dans un instant
api-invalid = l'API Luxfin a envoyé une réponse que luxpay ne peut pas utiliser : { $why }

# Les comptes : pourquoi une opération a été refusée, et ce que verify a trouvé.
books-shift-open = un service est ouvert à la caisse { $till } depuis { $since } UTC : pour compléter son fond de caisse, faites une entrée d'espèces ; pour en commencer un autre, clôturez-le d'abord (Z)
books-no-order = une annulation ou un remboursement indique sa commande
books-not-in-ledger = la commande { $order } n'est pas dans le registre de cette caisse
books-voided-already = la commande { $order } est déjà annulée
books-void-not-pending = la commande { $order } est { $status } : seul un lien en attente peut être annulé ; remboursez-la plutôt (luxpay refund { $order } --tender cash|other --reason …)
books-refund-voided = la commande { $order } est annulée : elle n'a jamais été payée, il n'y a rien à rembourser
books-refund-not-paid = la commande { $order } est { $status } : seule une commande payée peut être remboursée
books-refunded-in-full = la commande { $order } est déjà remboursée en totalité
books-refund-at-most = au plus { $left } peut être remboursé sur la commande { $order } ({ $paid } payé, { $refunded } déjà remboursé)
books-cash-other-currency = le tiroir ne compte que des { $drawer } : des espèces en { $asked } n'entreraient dans aucun comptage. Encaissez en { $drawer }, ou par carte ou par lien
books-refund-other-currency = le tiroir ne compte que des { $drawer } : des espèces en { $asked } ne peuvent pas en sortir. Remboursez autrement (règlement : autre)
books-move-other-currency = le tiroir ne compte que des { $drawer } : des { $asked } ne peuvent ni y entrer ni en sortir
verify-missing = caisse { $till } : le Z { $number } manque
verify-does-not-follow = caisse { $till } : le Z { $number } ne suit pas le Z { $previous } (son prev_hash ne correspond pas)
verify-changed = caisse { $till } : le Z { $number } ne correspond plus à ses opérations ou à son rapport : quelque chose de sa période a été modifié, ajouté ou supprimé
verify-kept-columns = caisse { $till } : le statut ou l'annulation de la commande { $order } ne correspond pas à ses événements : la table payments a été modifiée

# La configuration : ce que disent les contrôles d'une valeur reste en anglais.
config-invalid = { $path } n'est pas valide : { $message }
config-missing-key = pas de clé d'API : mettez-la dans un fichier et passez --api-key-file CHEMIN, définissez LUXFIN_API_KEY, ou ajoutez api_key à { $path } ; ou essayez luxpay avec --demo, qui n'en demande pas

# Pourquoi un code PIN n'a pas été accepté : l'écran PIN et la ligne de commande.
staff-unknown = { $name } ne fait pas partie du personnel : passez --operator NOM d'un responsable
staff-wrong-pin = code PIN erroné pour { $name } ({ $left ->
    [one] encore { $left } code erroné bloque
   *[other] encore { $left } codes erronés bloquent
} le nom pendant 5 minutes)
staff-not-manager = { $name } est caissier : il faut un responsable (--operator NOM d'un responsable, et son code PIN)
staff-locked-out = { $name } est bloqué après { $failures } codes PIN erronés : réessayez après { $until } (UTC)
staff-no-pin = il faut le code PIN d'un responsable et aucun terminal ne permet de le demander : passez --pin-stdin et donnez le code sur la première ligne de l'entrée standard
staff-pin-shape = un code PIN fait 4 à 8 chiffres (0-9), rien d'autre
staff-pin-mismatch = les deux codes PIN diffèrent
cannot-read = impossible de lire { $path } : { $error }

# D'où vient la clé d'API (doctor).
key-from-env = la variable d'environnement LUXFIN_API_KEY
key-from-config = api_key dans { $path }
key-demo = aucune requise (API de démo)
key-none = aucune clé trouvée
