# The app's screens: the form, the payment pane, dialogs, the help and the history views.
# Translated from en/ui.ftl: the same ids and variables; short, for 80 columns.

keys-in-anywhere = Partout
keys-in-form = Formulaire
keys-in-payment = Paiement
keys-in-history = Historique
keys-in-cart-on-the-amount-line = Panier (sur la ligne du montant)
keys-in-tip = Pourboire
keys-in-questions = Questions
keys-in-books-amount-reason = Caisse (montant, motif)
keys-in-z-report-paid-after-void = Rapport Z, PAYÉ APRÈS ANNULATION
keys-in-catalogue-picker = Choix dans le catalogue
keys-in-custom-tip = Pourboire libre
keys-in-present-mode = Mode client
keys-in-history-filter = Filtre de l'historique
keys-in-history-dates = Dates de l'historique
keys-in-help = Aide

keys-help-not-in-fields = aide (? hors champ)
keys-history-and-back = historique, et retour
keys-lock-the-till-pin = verrouiller (PIN)
keys-quit = quitter
keys-suspend-fg-resumes = suspendre (fg reprend)
keys-close-help = fermer l'aide
keys-scroll-where-it-does-not-fit = défiler, si ça dépasse
keys-next-field = champ suivant
keys-previous-field = champ précédent
keys-create-the-link = créer le lien
keys-method-currency = règlement, devise
keys-edit-the-field = modifier le champ
keys-stop-waiting-or-go-back = arrêter / revenir
keys-add-a-catalogue-item = ajouter un article
keys-catalogue-picker = choix au catalogue
keys-cash-for-this-sale = espèces pour la vente
keys-one-more-of-the-line = un de plus sur la ligne
keys-one-fewer-0-out = un de moins (0 : retiré)
keys-select-a-line-of-the-cart = choisir une ligne
keys-empty-the-cart = vider le panier
keys-add-one = en ajouter un
keys-select = choisir
keys-close = fermer
keys-that-preset = ce pourcentage
keys-no-tip = sans pourboire
keys-another-amount-or-percent = autre montant ou %
keys-back-send-nothing = retour, sans rien envoyer
keys-use-it = valider
keys-back-to-the-presets = retour aux pourcentages
keys-go-back-send-nothing = retour, sans rien envoyer
keys-copy-the-link = copier le lien
keys-present-mode-on-or-off = mode client oui / non
keys-new-payment = nouveau paiement
keys-new-link-if-expired = nouveau lien si expiré
keys-check-status-now = vérifier le statut
keys-print-slip-or-receipt = imprimer ticket / reçu
keys-void-a-pending-link = annuler le lien
keys-refund-money-back = rembourser
keys-back-to-the-form = retour au formulaire
keys-back-to-the-payment = retour au paiement
keys-fresh-link-if-expired = nouveau lien si expiré
keys-next-view = vue suivante
keys-prev-view = vue précédente
keys-a-page-up-or-down = une page plus haut / bas
keys-first-or-last = premier / dernier
keys-show-its-qr-code = afficher son QR code
keys-copy-its-link = copier son lien
keys-recheck-or-reload = revérifier / recharger
keys-filter-all-local = filtrer (Tout en local)
keys-page-server = page (Serveur)
keys-page-server-or-print = page (Serveur) / imprimer
keys-dates-server = dates (Serveur)
keys-day-summary = jour (Résumé)
keys-export-the-view-csv = exporter la vue (CSV)
keys-open-shift-summary = ouvrir le service (Résumé)
keys-cash-in-summary = apport (Résumé)
keys-cash-out-summary = retrait (Résumé)
keys-close-shift-z-summary = clôture, Z (Résumé)
keys-back = retour
keys-next-or-done = suivant / terminé
keys-amount-or-reason = montant / motif
keys-cash-or-other = espèces / autre
keys-cancel-write-nothing = annuler, ne rien inscrire
keys-close-it = le fermer
keys-scroll = défiler
keys-print-the-z = imprimer le Z
keys-apply-the-filter = appliquer le filtre
keys-clear-the-filter = effacer le filtre
keys-load-the-range = charger la période
keys-from-or-to = du / au
keys-cancel = annuler

hint-help = aide
hint-history = historique
hint-lock = verrouiller
hint-quit = quitter
hint-suspend = suspendre
hint-close-help = fermer l'aide
hint-scroll = défiler
hint-next-field = champ suivant
hint-previous-field = champ précédent
hint-create = créer
hint-change = changer
hint-edit = modifier
hint-stop-waiting = arrêter
hint-add-item = article
hint-catalogue = catalogue
hint-cash = espèces
hint-more-or-fewer = plus / moins
hint-fewer = moins
hint-line = ligne
hint-empty-cart = vider
hint-add-one = ajouter
hint-select = choisir
hint-close = fermer
hint-preset = choix
hint-no-tip = sans pourboire
hint-custom = autre
hint-back = retour
hint-use-it = valider
hint-create-the-link = créer le lien
hint-go-back-send-nothing = retour, sans rien envoyer
hint-copy = copier
hint-present = client
hint-new = nouveau
hint-fresh-link = nouveau lien
hint-recheck = vérifier
hint-print = imprimer
hint-void = annuler
hint-refund = rembourser
hint-copy-link = copier le lien
hint-new-payment = nouveau paiement
hint-next-view = vue suivante
hint-prev-view = vue précédente
hint-page = page
hint-first = début
hint-last = fin
hint-show = afficher
hint-filter = filtrer
hint-dates = dates
hint-day = jour
hint-export = exporter
hint-open-shift = ouvrir
hint-cash-in-or-out = apport / retrait
hint-cash-out = retrait
hint-close-shift = clôturer
hint-done = terminé
hint-field = champ
hint-tender = règlement
hint-cancel = annuler
hint-apply-filter = filtrer
hint-clear-filter = effacer
hint-load = charger
hint-from-or-to = du / au
hint-reload = recharger

ui-tab-form = Formulaire
ui-tab-payment = Paiement
ui-tab-history = Historique
ui-locked = verrouillé
ui-offline-long = HORS LIGNE : Luxfin ne répond pas ; les espèces continuent (^T)
ui-offline-short = HORS LIGNE : espèces possibles (^T)
ui-offline = HORS LIGNE
ui-demo-long = API DE DÉMO : aucun argent réel
ui-demo-short = DÉMO : pas d'argent réel
ui-demo = DÉMO
ui-approval-title = PIN d'un responsable : { $what }
ui-too-small = Fenêtre trop petite : luxpay a besoin de { $need }, celle-ci fait { $size }.
ui-too-small-question = Une question attend : agrandissez la fenêtre pour y répondre.
ui-too-small-keys = Les touches attendent qu'elle soit plus grande ; q quitte, F1 aide.

ui-help-title = Touches · Esc ferme
ui-help-title-scroll-long = Touches · ↑ ↓ suite (PgUp PgDn) · Esc ferme
ui-help-title-scroll = Touches · ↑ ↓ suite · Esc ferme
ui-help-copy-route = La copie va dans : { $route }
ui-help-route-system = le presse-papiers du système (sinon OSC 52, s'il est injoignable)
ui-help-route-osc52 = le presse-papiers du terminal via OSC 52 (dans tmux, il faut `set -g set-clipboard on`)
ui-help-route-tmux = le presse-papiers du terminal via OSC 52, à travers tmux
ui-help-route-screen = le presse-papiers du terminal via OSC 52, à travers GNU screen
ui-help-route-off = nulle part (clipboard = "off")

ui-pending-minutes = { $status } { $minutes } min
ui-method-card = Carte
ui-method-cash = Espèces

ui-form-title = Nouveau paiement
ui-form-amount = Montant
ui-form-customer = E-mail client
ui-form-product = Produit
ui-form-redirect-url = URL de retour
ui-form-method = Règlement
ui-form-currency = Devise
ui-form-cart-amount = { $money } (le panier)
ui-form-optional = facultatif
ui-form-walk-in-if-empty = vide : client de passage
ui-form-cart = Panier
ui-form-cart-total = Total { $money }
ui-form-cart-keys = + - quantité · PgUp PgDn ligne · n vider
ui-form-enter-cash = enregistrer la vente en espèces
ui-form-enter-link = créer le lien de paiement
ui-form-creating = Création du lien de paiement… { $seconds } s
ui-form-stop-waiting = arrêter d'attendre
ui-form-try-again = réessayer

ui-payment-title = Paiement
ui-payment-empty = Le QR code du paiement s'affiche ici.
ui-payment-heading = commande { $order_id } · { $money } · { $method }
ui-payment-walk-in = client de passage
ui-payment-tip = pourboire { $amount }
ui-payment-status-retrying = statut inconnu — nouvel essai
ui-payment-status-refused = statut inconnu : { $why }
ui-payment-code-too-small = Le QR code demande ici un terminal d'au moins { $need } (ce volet fait { $size }).
ui-payment-present-hint = Appuyez sur f pour le mode client (il faut { $need }), ou agrandissez la fenêtre.

ui-tip-title = Ajouter un pourboire ?
ui-tip-subtotal = Sous-total { $money }
ui-tip-percent = { $percent } %
ui-tip-tip = pourboire
ui-tip-total = total
ui-tip-no-tip = sans pourboire
ui-tip-other = autre montant ou pourcentage
ui-tip-back = retour
ui-tip-label = Pourboire
ui-tip-comes-to = pourboire { $tip }, total { $total }
ui-tip-comes-to-short = total { $total }
ui-tip-how = un montant (0,50) ou un pourcentage (18%)
ui-tip-how-short = 0,50 ou 18%

ui-summary-in-ledger = { $date } : { $count ->
    [one] { $count } paiement dans le registre
   *[other] { $count } paiements dans le registre
}
ui-summary-keys = ← → jour · r recharger · e export
ui-summary-by-status = Par statut
ui-summary-by-method = Par moyen de paiement
ui-summary-by-till = Par caisse
ui-summary-by-operator = Par opérateur
ui-summary-tips = Pourboires (compris dans les totaux ci-dessus)
ui-summary-none = aucun
ui-summary-till = Caisse
ui-summary-operator = Opérateur
ui-summary-asking = { $count ->
    [one] Interrogation du serveur sur { $count } paiement en cours…
   *[other] Interrogation du serveur sur { $count } paiements en cours…
}
ui-summary-unchecked = { $count ->
    [one] { $count } paiement en cours non vérifié : compté comme le registre le connaît
   *[other] { $count } paiements en cours non vérifiés : comptés comme le registre les connaît
}
ui-summary-not-reconciled = Non rapproché : { $why }
ui-summary-checking = Vérification auprès du serveur…
ui-summary-server-totals = Totaux du serveur : { $totals }
ui-summary-server-sum = la somme du serveur, { $sum }, additionne des devises différentes
ui-summary-reconciled = Rapproché avec le serveur : aucun écart
ui-summary-differences = { $count ->
    [one] { $count } écart avec le serveur :
   *[other] { $count } écarts avec le serveur :
}
ui-summary-only-local = commande { $order_id } ({ $status }) : dans le registre, pas sur le serveur
ui-summary-only-server = commande { $order_id } ({ $status }) : sur le serveur, pas dans ce registre
ui-summary-status-differs = commande { $order_id } : le registre dit { $local }, le serveur dit { $server }
ui-summary-amount-differs = commande { $order_id } : le registre dit { $local }, le serveur dit { $server }
ui-summary-elsewhere = Faits à d'autres caisses de la boutique (pas des écarts) : { $tills }

ui-outcome-wrong-amount = MAUVAIS MONTANT
ui-outcome-wrong-amount-made = Luxfin a fait ce lien pour { $money }, pas pour { $asked } :
ui-outcome-wrong-amount-hide = ne le montrez pas au client.
ui-outcome-wrong-amount-ledger = La commande { $order_id } est au registre, marquée comme faite pour un autre montant.
ui-outcome-wrong-amount-new = Appuyez sur n pour un nouveau paiement.
ui-outcome-voided-out = Annulé : hors de tous les totaux ; son code n'est plus affiché.
ui-outcome-voided-paid-after = Si le client le paie quand même, luxpay affiche PAYÉ APRÈS ANNULATION.
ui-outcome-expired-unpaid = Ce lien a expiré avant d'être payé.
ui-outcome-expired-fresh = Appuyez sur g pour un nouveau lien avec les mêmes détails.
ui-outcome-change-due = MONNAIE À RENDRE · vente de { $money } en espèces
ui-outcome-handed-over = { $money } remis · payé à { $time }
ui-outcome-product-order = { $product } · commande { $order_id }
ui-outcome-received = { $money } reçus
ui-outcome-received-cash = { $money } en espèces
ui-outcome-paid-at = payé à { $time }

ui-confirm-title-both = Vérifiez le montant, et le lien précédent
ui-confirm-title-large = Vérifiez le montant
ui-confirm-title-again = Créer un autre lien ?
ui-confirm-walk-in = un client de passage
ui-confirm-sale = { $money } à { $customer } pour « { $product } »
ui-confirm-large = { $sale } dépasse { $limit }.
ui-confirm-same-sale = la même vente
ui-confirm-same-sale-is = la même vente ({ $sale })
ui-confirm-earlier = La commande { $order_id }, créée il y a { $ago } pour { $what }, est { $status }.
ui-confirm-question = Créer le lien de paiement ?
ui-confirm-yes = créer le lien
ui-confirm-no = retour, sans rien envoyer

ui-picker-title = Catalogue · Enter ajoute · Esc ferme
ui-picker-find = Chercher
ui-picker-nothing = Aucun article ne contient ces mots.

ui-history-title = Historique
ui-history-session = Cette session
ui-history-local = Tout en local
ui-history-server = Serveur
ui-history-summary = Résumé
ui-history-shop = Boutique

ui-books-handed-over = Remis
ui-books-counted = Compté
ui-books-float = Fond de caisse
ui-books-amount = Montant
ui-books-reason = Motif
ui-books-tender = Règlement
ui-books-tender-cash = espèces, du tiroir
ui-books-tender-other = autre, hors tiroir
ui-books-tender-cash-short = espèces
ui-books-tender-other-short = autre
ui-books-alert-close = Enter ou Esc : fermer
ui-books-paid-after-void = PAYÉ APRÈS ANNULATION
ui-books-z-title = Z { $number } · ↑ ↓ défiler · p imprimer · Esc fermer
ui-books-no-shift = Aucun service ouvert : s en ouvre un avec son fond (une vente, avec 0)
ui-books-x-title = Service (rapport X)
ui-books-x-since = depuis { $time } · { $who }
ui-books-x-keys = s ouvrir · i apport · o retrait · Z clôturer
ui-books-x-sales = { $currency } : { $count ->
    [one] { $count } vente
   *[other] { $count } ventes
} · brut { $gross } · pourboires { $tips } · net { $net }
ui-books-x-voids = annulations { $voids } ({ $voided }) · remboursements { $refunds } ({ $refunded })
ui-books-x-cash = Espèces attendues { $expected } { $currency } (fond { $float } + ventes { $sales } − remboursements { $refunds } + apports { $paid_in } − retraits { $paid_out })
ui-books-x-best = Meilleures ventes : { $items }
ui-books-x-pending = { $count ->
    [one] { $count } lien encore en attente : il est reporté
   *[other] { $count } liens encore en attente : ils sont reportés
}
ui-books-per-hour = Ventes par heure

ui-history-col-time = Heure
ui-history-col-when = Heure
ui-history-col-order = N°
ui-history-col-amount = Montant
ui-history-col-product = Produit
ui-history-col-customer = Client
ui-history-col-method = Moyen
ui-history-col-status = Statut
ui-history-col-till = Caisse
ui-history-col-operator = Opérateur
ui-history-status-unknown = inconnu
ui-history-session-empty = Aucun paiement dans cette session pour l'instant.
ui-history-local-reading = Lecture du registre…
ui-history-local-failed = Le registre n'a pas pu être lu : { $why }
ui-history-local-empty = Le registre est vide : aucun paiement fait ici.
ui-history-local-no-match = Rien ne correspond au filtre.
ui-history-local-count = { $count ->
    [one] { $count } paiement
   *[other] { $count } paiements
}
ui-history-local-over = plus de { $count } paiements
ui-history-local-filter-how = filtre : mots, status:paid, till:, date:AAAA-MM-JJ
ui-history-server-asking = Interrogation du serveur…
ui-history-server-empty = Le serveur ne liste aucun paiement ici.
ui-history-server-from = Du
ui-history-server-to = Au
ui-history-server-range-keys = Enter charger · Tab changer · Esc annuler
ui-history-server-newest = Les plus récentes d'abord, commandes { $first }–{ $last }
ui-history-server-range = Du { $from } au { $to }
ui-history-shop-conflicts = { $count ->
    [one] { $count } vente tenue à part : son n° de commande est celui d'une autre (ledger sync dit laquelle)
   *[other] { $count } ventes tenues à part : leur n° de commande est celui d'une autre (ledger sync dit laquelle)
}
ui-history-shop-failed = Le registre de la boutique n'a pas pu être lu : { $why }
ui-history-shop-empty = Aucune caisse n'a vendu aujourd'hui.
ui-history-shop-reading = Lecture des ventes de toutes les caisses…

ui-present-nothing = Aucun paiement à présenter : appuyez sur Esc.
ui-present-code-too-small = Le QR code demande un terminal d'au moins { $need } ; celui-ci fait { $size }. Agrandissez la fenêtre ou prenez une police plus petite.
ui-present-scan = Scannez pour payer

ui-pin-title = Verrouillé : qui est à la caisse ?
ui-pin-checking = vérification…
ui-pin-keys = ↑↓ nom · chiffres PIN · Enter ouvrir · Esc effacer
ui-pin-locked = Verrouillé
ui-pin-checking-pin = vérification du PIN…
ui-pin-keys-short = ↑↓ nom · Enter ouvrir

ui-mirror-demo = DÉMO - pas d'argent réel
ui-mirror-welcome = Bienvenue
ui-mirror-waiting-for-till = En attente de la caisse { $till }…
ui-mirror-tills-found = Caisses trouvées ici : { $tills }
ui-mirror-start-till = Démarrez la caisse avec LUXPAY_TILL={ $till } luxpay, ou luxpay --till { $till }
ui-mirror-enlarge = Agrandissez cette fenêtre pour afficher le code.
