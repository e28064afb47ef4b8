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
    [one] 1 rapport Z, chaîne intacte
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
    [one] 1 paiement
   *[other] { $count } paiements
} dans le registre)
summary-by-status = Par statut
summary-by-method = Par moyen de paiement
summary-by-till = Par caisse
summary-by-operator = Par opérateur
summary-tips = Pourboires (inclus dans les totaux ci-dessus)
summary-none = (aucun)
summary-unchecked = { $count ->
    [one] 1 paiement en cours n'a pas pu être vérifié auprès du serveur : compté tel que le registre le connaît.
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
    [one] 1 paiement
   *[other] { $count } paiements
} du { $from } au { $to } ; totaux : { $totals }
cli-test-webhook = Webhook de test demandé : { $said }
