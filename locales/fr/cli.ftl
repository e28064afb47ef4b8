# The command line's words for people (not --json, not CSV), and doctor.

## Lignes sur stderr : `note : …`, `attention : …`.
cli-note = note : { $text }
cli-warning = attention : { $text }
cli-see-the-log = { $error } (voir le journal)
cli-demo-banner = DÉMO : l'API de démo intégrée de luxpay ; aucun argent réel ne circule.
cli-demo-server-banner = DÉMO : un demo-server luxpay, pas Luxfin ; aucun argent réel ne circule.
cli-demo-short = API DÉMO : pas d'argent réel
cli-actions-ran = la commande { $order_id } est { $status } : ses actions ont déjà été faites sur cette caisse
cli-actions-unknown = impossible de savoir si les actions de la commande { $order_id } ont déjà été faites ({ $error }) : elles sont lancées
cli-unrecorded = impossible d'enregistrer ceci dans le registre { $path } ({ $error }) : gardez cette sortie
cli-no-times = registre illisible pour les heures : { $error }
cli-recover-later = { $error } ; `luxpay ledger recover` réessaie
cli-not-shared-yet = pas encore dans le registre partagé de la boutique ({ $error }) ; gardé ici et envoyé par la prochaine commande ou `luxpay ledger sync`
cli-resent = la base de la boutique n'est pas celle à laquelle cette caisse a envoyé en dernier (restaurée d'une sauvegarde, ou nouveau serveur) : tout le registre de cette caisse lui est renvoyé ; ce qu'elle a déjà n'est pas compté deux fois

## create : le détail de la vente, un libellé et sa valeur par ligne.
cli-creating = Création du lien de paiement
cli-label-order = Commande
cli-label-amount = Montant
cli-label-product = Produit
cli-label-tip = Pourboire
cli-label-customer = Client
cli-label-tendered = Reçu
cli-label-change = Rendu
cli-label-method = Moyen
cli-label-till = Caisse
cli-label-status = Statut
cli-method-card = Carte
cli-method-cash = Espèces
cli-tip-on = { $tip } sur { $subtotal }
cli-walk-in = client de passage ({ $customer })
cli-no-printer = non imprimé : aucune imprimante (printer dans config.toml)
cli-not-printed = non imprimé : { $reason }
cli-printed-slip = bon imprimé
cli-printed-receipt = ticket imprimé
cli-printed-report = rapport imprimé

## La comptabilité : service, tiroir, annulation, remboursement, rapport, vérification.
cli-shift-opened-itself = aucun service n'était ouvert à la caisse { $till } : un service est ouvert avec un fond de caisse de { $float } (`luxpay drawer in --amount … --reason float` y ajoute les espèces du tiroir)
cli-shift-opened = Service ouvert à la caisse { $till } avec un fond de caisse de { $float }.
cli-drawer-in = { $amount } mis dans le tiroir de la caisse { $till }.
cli-drawer-out = { $amount } retiré du tiroir de la caisse { $till }.
cli-voided = Commande { $order_id } annulée. Luxfin ne peut pas désactiver le lien : si le client paie quand même, luxpay affiche PAYÉ APRÈS ANNULATION.
cli-status-unrecorded = impossible d'enregistrer le statut donné par le serveur pour la commande { $order_id } : { $error }
cli-void-server-unasked = impossible d'interroger le serveur sur la commande { $order_id } ({ $error }) : on s'en tient à ce que sait cette caisse
cli-refunded-cash = { $amount } remboursés sur la commande { $order_id } en espèces, depuis le tiroir.
cli-refunded-other = { $amount } remboursés sur la commande { $order_id } autrement (pas depuis le tiroir).
cli-no-shift-open = aucun service ouvert à la caisse { $till } : la prochaine vente en ouvre un
cli-shop-no-z = Aucun rapport Z clôturé le { $date }.
cli-verify-intact = { $count ->
    [one] { $count } rapport Z, chaîne intacte
   *[other] { $count } rapports Z, chaîne intacte
}

## summary
cli-status-change-unrecorded = impossible d'enregistrer un changement de statut dans le registre : { $error }
cli-status-change-unshared = impossible d'enregistrer un changement de statut dans le registre de la boutique : { $error }

## status, et create --wait : le statut à mesure qu'il change, sur stderr.
cli-status-final-kept = le serveur indique maintenant { $server } ; le registre a enregistré { $known }, qui est définitif
cli-wait-recorded-already = { $status } (déjà enregistré)
cli-wait-recorded = { $status } (enregistré)
cli-wait-retrying = statut inconnu, nouvel essai dans { $secs } s : { $error }

## staff
cli-staff-added = { $name } ajouté comme { $role }.
cli-staff-none = Aucun personnel : à la caisse, chacun peut tout faire (`luxpay staff add NOM --role manager` commence une liste).
cli-staff-removed = { $name } retiré du personnel.
cli-staff-pin-changed = Le code PIN de { $name } est changé.
cli-role-manager = responsable
cli-role-cashier = caissier
cli-pin-prompt = Code PIN de { $name } :
cli-new-pin-prompt = Nouveau code PIN pour { $name } (4 à 8 chiffres) :
cli-pin-again-prompt = Le même code PIN encore :

## summary : la journée, résumée.
summary-title = Résumé du { $date } ({ $count ->
    [one] { $count } paiement
   *[other] { $count } paiements
} dans le registre)
summary-by-status = Par statut
summary-by-method = Par moyen de paiement
summary-by-till = Par caisse
summary-by-operator = Par opérateur
summary-tips = Pourboires (inclus dans les totaux ci-dessus)
summary-none = (aucun)
summary-unchecked = { $count ->
    [one] { $count } paiement en cours n'a pas pu être vérifié auprès du serveur : compté tel que le registre le connaît.
   *[other] { $count } paiements en cours n'ont pas pu être vérifiés auprès du serveur : comptés tels que le registre les connaît.
}
summary-not-reconciled = Non rapproché : l'historique du serveur n'a pas pu être lu.
summary-server-totals = Totaux du serveur : { $totals }
summary-totals-none = aucun
summary-server-sum-mixed = la somme propre du serveur, { $sum }, additionne des devises différentes
summary-reconciled = Rapproché avec le serveur : aucun écart.
summary-differences = Écarts avec le serveur ({ $count }) :

## list, history, test-webhook
cli-list-empty = Aucun paiement à partir de la position { $offset }.
cli-history-line = { $count ->
    [one] { $count } paiement
   *[other] { $count } paiements
} du { $from } au { $to } ; totaux : { $totals }
cli-test-webhook = Webhook de test demandé : { $said }

## Erreurs : la ligne sur stderr (`--json` reste en anglais).
cli-error = erreur : { $text }
cli-cannot-start = démarrage impossible : { $error }
cli-error-create-uncertain =
    { $error }
    le paiement a peut-être été créé malgré tout : vérifiez `luxpay list` avant de réessayer
cli-error-amount-changed = Luxfin a créé ce lien pour { $made }, pas { $asked } : ne le montrez pas au client. C'est la commande { $order_id } ({ $order_url }), enregistrée dans le registre comme créée pour un autre montant
cli-error-shared = le registre partagé : { $error }
cli-error-closed-pipe = la sortie a été fermée
cli-error-tampered = la chaîne des rapports Z est rompue : { $broken }
cli-error-refused = refusé : { $reason }
cli-tip-refused = --tip : { $error }
cli-bad-amount = { $option } { $typed } : { $error }
cli-tendered-short = --tendered { $given } est inférieur au total { $total } : encaissez au moins le total

## Ce que les comptes refusent, et les rapports Z de la boutique.
cli-reason-empty = --reason est vide : dites pourquoi, en quelques mots (c'est gardé avec l'opération)
cli-no-z-yet = la caisse { $till } n'a pas encore de rapport Z : `luxpay close --counted …` en crée un
cli-no-z = la caisse { $till } n'a pas de rapport Z { $number }
cli-nothing-to-close = aucun service n'est ouvert à la caisse { $till } : rien à clôturer
cli-shop-z-line = { $till } Z { $number } brut { $gross } tiroir { $difference } { $currency }
cli-shop-z-sum = { $count ->
    [one] Le rapport Z du { $date } :
   *[other] Somme des { $count } rapports Z du { $date } :
}
cli-shop-z-totals = { $currency } : { $sales ->
    [one] { $sales } vente
   *[other] { $sales } ventes
}, brut { $gross }, pourboires { $tips }, annulations { $voids } ({ $voided }), remboursements { $refunds } ({ $refunded }), net { $net }
cli-shop-z-drawers = tiroirs ({ $currency }) : attendu { $expected }, compté { $counted }, écart { $difference }

## L'arriéré de cette caisse part vers le registre de la boutique : une ligne sur stderr.
cli-backlog-now = arriéré de cette caisse
cli-backlog-first = d'abord l'arriéré de cette caisse
cli-backlog-progress = Envoi au registre de la boutique ({ $what }) : { $payments } sur { $payments_waiting } paiements, { $events } sur { $events_waiting } changements de statut, { $books } sur { $books_waiting } opérations

## Personnel et codes PIN en ligne de commande.
cli-stdin-pin-unread = impossible de lire le code PIN sur l'entrée standard : { $error }
cli-stdin-new-pin-unread = impossible de lire le nouveau code PIN sur l'entrée standard : { $error }
cli-stdin-ended-pin = l'entrée standard s'est terminée avant le code PIN
cli-stdin-ended-new-pin = l'entrée standard s'est terminée avant le nouveau code PIN
cli-pin-not-asked = impossible de demander le code PIN sur le terminal : { $error }
cli-new-pin-refused = le nouveau code PIN de { $name } : { $error }
cli-staff-bad-name = le nom { $name } ne peut pas servir : donnez de 1 à { $max } caractères imprimables
cli-staff-first-manager = la première personne ajoutée doit être responsable (--role manager) : { $name } serait caissier sans personne pour rien approuver
cli-staff-nobody = personne n'est dans le personnel : d'abord `luxpay staff add NOM --role manager`

## ledger import, check, recover, sync
cli-ledger-io = le registre { $path } : { $error }
cli-importing = Import de { $file }…
cli-imported = { $payments ->
    [one] { $payments } paiement importé
   *[other] { $payments } paiements importés
} et { $events ->
    [one] { $events } changement de statut
   *[other] { $events } changements de statut
} de { $file } vers { $ledger }
cli-imported-skipped = { $count ->
    [one] { $count } ligne illisible ignorée
   *[other] { $count } lignes illisibles ignorées
}, tout le reste est intact
cli-check-ledger = registre
cli-check-integrity = intégrité
cli-check-payments = paiements
cli-check-status-events = changements de statut
cli-check-open-intents = ventes en suspens
cli-check-schema = schéma
cli-check-size = taille
cli-check-ok = ok
cli-check-damaged = ENDOMMAGÉ
cli-ledger-damaged = le registre { $path } est endommagé : gardez-en une copie, et récupérez-le avec `sqlite3 { $path } .recover | sqlite3 recovered.db`
cli-nothing-to-recover = Aucune vente n'est restée en suspens : rien à récupérer
cli-no-shared-ledger = pas de registre partagé : réglez ledger_url dans { $config } (ou --ledger-url, LUXPAY_LEDGER_URL) sur une URL postgres://
cli-synced = { $payments ->
    [one] { $payments } paiement
   *[other] { $payments } paiements
}, { $events ->
    [one] { $events } changement de statut
   *[other] { $events } changements de statut
} et { $books ->
    [one] { $books } opération ou rapport Z
   *[other] { $books } opérations ou rapports Z
} envoyés au registre partagé ({ $shared }, { $encrypted ->
    [yes] chiffré
   *[no] non chiffré
}) ; { $waiting } en attente
cli-sync-conflicts = { $count ->
    [one] { $count } vente de la caisse { $till } a un numéro de commande
   *[other] { $count } ventes de la caisse { $till } ont un numéro de commande
} que le registre partagé attribue à une autre vente : elles sont mises à part (table luxpay_conflicts), pas comptées comme l'autre. Deux caisses sur deux API de démo font cela : partagez un seul `luxpay demo-server`.

## export, summary, list, history, webhook
cli-shop-needs-ledger = --shop a besoin du registre partagé de la boutique : réglez ledger_url dans { $config } (ou --ledger-url, LUXPAY_LEDGER_URL)
cli-latest-not-sent = les dernières ventes de cette caisse n'ont pas pu être envoyées d'abord : { $error }
cli-from-after-to = --from { $from } est après --to { $to } : donnez d'abord le jour le plus ancien
cli-from-and-to = donnez --from et --to, ou aucun des deux
cli-export-stopped = arrêté après { $count } commandes ; donnez --from et --to pour une période
cli-cannot-write = impossible d'écrire { $path } : { $error }
cli-file-exists = { $path } existe déjà : choisissez un autre nom, ou supprimez-le d'abord
cli-wrote-stdout = { $count ->
    [one] { $count } paiement écrit
   *[other] { $count } paiements écrits
} sur stdout
cli-wrote-file = { $count ->
    [one] { $count } paiement écrit
   *[other] { $count } paiements écrits
} dans { $path }
cli-shop-not-asked = le registre de la boutique n'a pas été consulté ({ $error })
cli-summary-whole-shop = Toute la boutique, toutes les caisses, d'après le registre partagé
cli-summary-no-key = pas de clé d'API : seul le registre local a été totalisé
cli-other-tills-unknown = les commandes présentes sur le serveur mais pas ici n'ont pas pu être cherchées dans le registre de la boutique ({ $error }) : elles figurent comme écarts
cli-summary-checking = vérification des paiements ouverts auprès du serveur
cli-column-when = QUAND
cli-column-id = ID
cli-column-status = STATUT
cli-column-amount = MONTANT
cli-column-customer = CLIENT
cli-column-product = PRODUIT
cli-no-api-secret = pas de secret d'API pour vérifier les signatures des webhooks : passez --api-secret-file CHEMIN, définissez LUXFIN_API_SECRET, ou ajoutez api_secret à { $config }
cli-webhook-receiving = luxpay : réception des webhooks sur { $url } (SIGTERM ou Ctrl+C arrête)

## doctor : un libellé et sa valeur par ligne ; les libellés sont alignés.
doctor-title = luxpay { $version } doctor
doctor-title-demo = luxpay { $version } doctor (API DE DÉMO)
doctor-configuration = Configuration
doctor-config-file = fichier config
doctor-config-not-found = introuvable : valeurs par défaut
doctor-data-dir = données
doctor-logs = journaux
doctor-logs-kept = { $dir } (luxpay.DATE.log, gardés 7 jours)
doctor-ledger = registre
doctor-ledger-stats = { $path } ({ $payments ->
    [one] { $payments } paiement
   *[other] { $payments } paiements
}, { $size }, schéma { $schema }{ $in_flight })
doctor-in-flight = { $count ->
    [one] { $count } vente en suspens
   *[other] { $count } ventes en suspens
} : lancez `luxpay ledger recover`
doctor-ledger-unread = { $path } (illisible : { $error })
doctor-till = caisse
doctor-till-operator = { $till } (opérateur { $operator })
doctor-shared-ledger = registre partagé
doctor-backlog = { $payments ->
    [one] { $payments } paiement
   *[other] { $payments } paiements
} et { $events ->
    [one] { $events } changement de statut
   *[other] { $events } changements de statut
} à envoyer, dernier envoi { $last }
doctor-never = jamais
doctor-backlog-unknown = arriéré inconnu
doctor-reached = joint : schéma { $schema }, { $encrypted }, base { $identity }
doctor-over-tls = via TLS
doctor-not-encrypted = non chiffré
doctor-conflicts = { $count ->
    [one] { $count } vente de cette caisse est en conflit
   *[other] { $count } ventes de cette caisse sont en conflit
} avec le numéro de commande d'une autre vente (table luxpay_conflicts)
doctor-unreached = injoignable : { $error }
doctor-printer = imprimante
doctor-mirror-socket = socket miroir
doctor-base-url = URL de base
doctor-api-key = clé d'API
doctor-timeout = délai
doctor-seconds = { $seconds } s
doctor-warning = avertissement
doctor-api = API
doctor-api-ok = ok : la clé a été acceptée (GET /payments a répondu)
doctor-not-checked = non vérifié : { $error }
doctor-failed = ÉCHEC : { $error }
doctor-terminal = Terminal
doctor-term = TERM
doctor-not-set = non défini
doctor-colours = couleurs
doctor-size = taille
doctor-size-unknown = inconnue (pas un terminal)
doctor-ssh = SSH
doctor-tmux = tmux
doctor-screen = GNU screen
doctor-display = affichage
doctor-copy-goes-to = copie vers
doctor-yes = oui
doctor-no = non
doctor-sample-not-drawn = QR code d'exemple : non dessiné, stdout n'est pas un terminal
doctor-sample = QR code d'exemple : scannez-le avec un téléphone ; il doit donner { $sample }
doctor-sample-failed = impossible de le dessiner : { $error }
cli-mirror-needs-terminal = luxpay mirror dessine sur un terminal : lancez-le dans le terminal que voit le client
cli-demo-with-shared-ledger = --demo avec un registre partagé (ledger_url) : chaque API de démo intégrée numérote ses commandes à partir de 1, deux caisses feraient donc les mêmes numéros. Lancez plutôt un seul `luxpay demo-server` et pointez chaque caisse dessus avec --base-url
cli-demo-not-started = impossible de démarrer l'API de démo : { $error }
cli-cannot-listen = impossible d'écouter sur { $addr } : { $error }
cli-cash-unrecorded = la vente en espèces n'a pas été enregistrée : { $error }

## doctor: the terminal's colours, where a copy goes, the printer
termenv-colours-none = aucune (NO_COLOR est défini ; les QR codes restent noir sur blanc)
termenv-colours-24bit = 24 bits
termenv-colours-256 = 256
termenv-colours-unknown = inconnues (TERM n'est pas défini ou vaut dumb)
termenv-colours-16 = 16 ou plus (TERM ne dit pas 256color)
clipboard-route-system = le presse-papiers du système (sinon OSC 52, s'il est injoignable)
clipboard-route-osc52 = le presse-papiers du terminal par OSC 52 (dans tmux, il faut `set -g set-clipboard on`)
clipboard-route-osc52-tmux = le presse-papiers du terminal par OSC 52, relayé par tmux
clipboard-route-osc52-screen = le presse-papiers du terminal par OSC 52, via GNU screen
clipboard-route-off = nulle part (clipboard = "off")
doctor-printer-native-qr = QR de l'imprimante
doctor-printer-raster-qr = QR en image
doctor-printer-line = { $target } ({ $width } mm, { $qr }, texte en { $codepage }{ $on_paid ->
    [yes] , ticket au paiement
   *[no] {""}
})
