# What the app says as it works: notices, the status line, questions, the form's checks.

## The amount a person types (the form, the books' questions, tips, the CLI's options).
money-enter-amount = saisir un montant, par ex. 12,50
money-number-only = saisir le nombre seul ; la devise se choisit à part
money-more-than-zero = le montant doit être supérieur à zéro
money-not-a-number = { $typed } n'est pas un nombre : saisir des chiffres et un seul séparateur décimal, par ex. 12,50
money-too-large = { $typed } est trop grand pour un montant
money-two-decimals = deux décimales au plus, par ex. 12,50
money-above-limit = le montant dépasse la limite de { $limit } ; si c'est juste, augmenter max_amount dans le fichier de configuration
money-ambiguous = { $typed } peut vouloir dire { $thousands } ou { $decimals } : saisir { $thousands } (milliers) ou { $decimals } (décimales)
money-ambiguous-three-places = { $typed } peut vouloir dire { $thousands } (milliers), mais en décimales il a trois chiffres après la virgule : saisir { $thousands }, ou deux décimales au plus

## A tip as typed (the tip screen, create --tip): the CLI puts -- before these.
tip-not-a-percent = pourboire { $typed } n'est pas un pourcentage : saisir un nombre, par ex. 15
tip-out-of-range = pourboire { $typed } impossible : de 0 à 100, par ex. 15
tip-amount-error = pourboire { $error } ; ou un pourcentage, par ex. 15 %
tip-amount-error-quoted = pourboire { $typed } : { $error } ; ou un pourcentage, par ex. 15 %

## Typed text that would look like something else (email, product, redirect URL).
text-invisible-char = contient un caractère invisible ou qui change le sens d'écriture (U+{ $code }) : le ressaisir
text-combining-pile = contient une pile de signes diacritiques : le ressaisir

## The checks of the other fields of a sale (the form, create's options).
check-email-empty = saisir l'e-mail du client, par ex. ana@example.com
check-email-invalid = { $typed } n'est pas une adresse e-mail ; en saisir une comme ana@example.com
check-product-empty = saisir ce qui est vendu, par ex. « Café en grains 1 kg »
check-product-too-long = fait { $count } caractères ; le réduire à { $most } au plus
check-product-controls = retirer les caractères de contrôle (tabulations, échappements)
check-url-too-long = fait { $count } caractères ; en utiliser une de { $most } au plus
check-url-invalid = n'est pas une URL ({ $error }) ; en saisir une comme https://shop.example/merci ou laisser vide
check-url-scheme = doit commencer par https:// (ou http://) et nommer un hôte
check-url-credentials = ne doit contenir ni nom d'utilisateur ni mot de passe (user:pw@) : le payeur les verrait
check-currency-usd-only = { $method } n'accepte que l'USD ; choisir USD ou payer par carte en { $currency }
check-tip-above-limit = avec ce pourboire, le montant est de { $amount }, au-dessus de la limite de { $limit }

## Making a payment link.
app-fields-need-fixing = { $count ->
    [one] { $count } champ à corriger : rien n'a été envoyé
   *[other] { $count } champs à corriger : rien n'a été envoyé
}
app-stopped-waiting = Attente arrêtée. Si Luxfin crée quand même le lien, il apparaîtra dans l'historique (Ctrl+P).
app-other-amount-not-shown = La commande { $order_id } a été créée pour un autre montant : non affichée
app-link-created = Lien de paiement créé : commande { $order_id }
# Follows another notice after " · ".
app-shift-opened-zero = un service a été ouvert avec un fond de caisse de 0 (i dans le Résumé saisit le fond)
# Follows the API's error and ". ".
app-create-may-exist = Le paiement existe peut-être quand même : vérifier avant de réessayer.
app-link-not-created = Le lien de paiement n'a pas été créé
app-stopped-did-create = La demande arrêtée a bien créé la commande { $order_id } : elle est dans l'historique
app-not-in-ledger-retrying = La commande { $order_id } fonctionne, mais n'a pas pu être écrite dans le registre : { $error } ; nouvel essai en cours

## The books: cash sales, the drawer, voids, refunds, the shift.
books-ask-cash = Espèces
books-ask-cash-under = Total { $total } : montant remis (Entrée seule : pas de monnaie)
books-ask-float = Ouvrir le service
books-ask-float-under = Le fond de caisse : espèces dans le tiroir maintenant
books-ask-cash-in = Apport
books-ask-cash-in-under = Espèces mises dans le tiroir, et pourquoi
books-ask-cash-out = Retrait
books-ask-cash-out-under = Espèces retirées du tiroir, et pourquoi
books-ask-void = Annuler la commande { $order_id }
# $sale: the sale's money and product, "7.50 USD · Latte".
books-ask-void-under = { $sale } : pourquoi ? (le client peut encore payer)
books-ask-refund = Rembourser la commande { $order_id }
books-ask-refund-under = { $sale } : montant (vide : tout le reste), moyen, motif
books-ask-close = Clôturer le service (Z)
books-ask-close-under = Les espèces comptées dans le tiroir
books-offline-not-sent = Hors ligne : Luxfin ne répond pas, aucun lien envoyé. Les espèces continuent (Ctrl+T) ; Entrée réessaie Luxfin dans { $seconds } s
app-voided-already = La commande { $order_id } est déjà annulée
books-only-pending-voided = La commande { $order_id } est { $status } : seul un lien en attente s'annule ; m la rembourse
books-only-paid-refunded = La commande { $order_id } est { $status } : seule une vente payée se rembourse
books-only-paid-refunded-pending = La commande { $order_id } est { $status } : seule une vente payée se rembourse ; x annule un lien en attente
books-type-amount = Saisir le montant
books-type-count = Saisir le montant (0 pour un tiroir vide)
books-say-why = Le motif, en quelques mots : il est gardé avec l'opération
books-out-more-than-held = Le tiroir ne devrait contenir que { $held } : vérifiez le montant, ou appuyez de nouveau sur Entrée pour retirer { $amount } quand même
books-less-than-total = { $given } est inférieur au total { $total }
books-cash-not-recorded = La vente en espèces n'a pas été enregistrée : { $error }. Rien n'a été encaissé : réessayer
books-cash-sale-paid = Vente en espèces { $order_id } PAYÉE : { $money }
# Follows the cash sale's notice after " · ".
books-change = monnaie { $change }
books-not-written = Non enregistré : { $reason }
books-shift-opened = Session ouverte avec un fond de caisse de { $money }
books-cash-put-in = { $money } mis dans le tiroir
books-cash-taken-out = { $money } retiré du tiroir
books-voided = Commande { $order_id } annulée : si le client la paie quand même, luxpay affiche PAYÉ APRÈS ANNULATION
books-refunded = { $money } remboursé sur la commande { $order_id } ({ $tender })
books-tender-cash = espèces
books-tender-other = autre
# Follows a book event's notice after " · ".
books-shift-opened-for-it = un service a été ouvert pour cela avec un fond de caisse de 0
books-z-closed = Le Z { $number } a clôturé le service ; la prochaine vente en ouvre un nouveau
books-shift-not-closed = Le service n'a pas été clôturé : { $error }
app-paid-after-void = PAYÉ APRÈS ANNULATION : la commande { $order_id } ({ $money }) a été annulée à { $time } et payée quand même. Elle compte comme payée : rembourser le client (m) ou garder la vente.

## The history views.
# What a manager approves (shown on the PIN screen, and in "…: not done").
app-export-view = Exporter la vue
app-shift-keys-in-summary = Les touches du service (s i o Z) marchent dans le Résumé : v jusqu'à ce qu'il s'affiche
app-exporting = Export en cours…
app-export-server-not-yet = Rien à exporter pour l'instant : la liste du serveur n'est pas arrivée
app-export-shop-not-yet = Rien à exporter pour l'instant : les paiements de la boutique ne sont pas arrivés
app-exporting-rows = { $count ->
    [one] Export de { $count } ligne…
   *[other] Export de { $count } lignes…
}
app-ledger-not-read = Le registre n'a pas pu être lu : { $error }
app-no-link-recovered = Aucun lien à copier : cette vente a été récupérée, et la liste de Luxfin ne donne pas les liens
app-range-backwards = { $from } est après { $to } : le jour le plus ancien d'abord

## Keys, copying, quitting, and what the effects report back.
app-no-link-to-copy = Aucun lien à copier ni à montrer : les espèces se paient en caisse, et un lien annulé ne se montre plus
app-wrong-amount = Ce lien a été créé pour un autre montant : ne pas le montrer au client
app-quit-creating = Un lien de paiement est en cours de création
app-quit-unrecorded = { $count ->
    [one] { $count } lien n'est pas encore dans le registre (le journal l'a)
   *[other] { $count } liens ne sont pas encore dans le registre (le journal les a)
}
# $why: one of the two above.
app-quit-anyway = { $why } : Ctrl+C encore pour quitter quand même
app-copy-off-config = La copie est désactivée (clipboard = "off" dans config.toml)
app-copied-system = Lien copié dans le presse-papiers du système
app-copied-osc52 = Lien envoyé au presse-papiers du terminal (OSC 52)
app-copy-off = La copie est désactivée
app-copy-failed = Échec de la copie : { $reason }. Le lien est à l'écran pour le saisir.
app-ledger-not-written = Le registre n'a pas pu être écrit : { $error }
app-exported = Exporté vers { $path }
app-export-failed = Échec de l'export : { $error }
app-warning = Attention : { $text }
# $event: the hook's name in the config file (on_paid…).
app-hook-failed = { $reason } ; les prochains échecs de { $event } iront seulement au log
app-printed-report = Rapport imprimé
app-not-printed = Non imprimé : { $reason }

## The ledger at start, and sales an earlier run left in flight.
app-ledger-not-opened = Le registre n'a pas pu être ouvert : { $error }
# $message: what recovery found (the sale-… messages, joined by "; ").
app-ledger-says = Registre : { $message }
sale-recovered = { $count ->
    [one] { $count } vente sans réponse récupérée : la commande { $orders } est maintenant dans le registre
   *[other] { $count } ventes sans réponse récupérées : les commandes { $orders } sont maintenant dans le registre
}
sale-not-created = { $count ->
    [one] { $count } vente interrompue n'a pas été créée chez Luxfin
   *[other] { $count } ventes interrompues n'ont pas été créées chez Luxfin
}
sale-in-flight = { $count ->
    [one] { $count } vente est peut-être encore en cours : `luxpay ledger recover` revérifie plus tard
   *[other] { $count } ventes sont peut-être encore en cours : `luxpay ledger recover` revérifie plus tard
}

## Printing slips and receipts.
app-no-printer = Pas d'imprimante : régler printer dans config.toml (voir le README, « Receipt printer »)
app-no-link-to-print = La commande { $order_id } n'a pas de lien à imprimer
app-expired-nothing-to-print = Commande { $order_id } expirée : g crée un nouveau lien à imprimer
# $paper: "slip" (the code, while it waits) or "receipt" (once paid).
app-printing = { $paper ->
    [receipt] Impression du reçu de la commande { $order_id }…
   *[slip] Impression du ticket de la commande { $order_id }…
}
app-printed = { $paper ->
    [receipt] Reçu de la commande { $order_id } imprimé
   *[slip] Ticket de la commande { $order_id } imprimé
}
# Follows the PAID notice after " · ".
app-receipt-printed = reçu imprimé
app-not-printed-retry = Non imprimé : { $reason } — p pour réessayer

## Following payments.
app-key-refused = la clé d'API a été refusée
app-paid-is-final = La commande { $order_id } est PAYÉE : c'est définitif, rien à vérifier
app-checking = Vérification de la commande { $order_id }…
app-status-unknown = Commande { $order_id } : statut inconnu : { $error }
# $status: the status with how long it has waited ("PENDING 1:42").
app-checked-just-now = Commande { $order_id } : { $status }, vérifiée à l'instant
# How the app knows the PAID notice: app-order-paid-money starts with it.
app-order-paid = La commande { $order_id } est PAYÉE
app-order-paid-money = La commande { $order_id } est PAYÉE : { $money }
app-order-expired = Commande { $order_id } EXPIRÉE : g pour un nouveau lien
# A waiting payment in a list, in whole minutes.
app-pending-minutes = EN ATTENTE { $minutes } min
# A waiting payment with how long it has waited (1:42).
app-pending-clock = EN ATTENTE { $clock }

## Staff and the lock.
app-staff-not-read = La liste du personnel n'a pas pu être lue : { $error }. Ctrl+C quitte ; relancer luxpay.
app-no-staff-to-lock = Personne dans le personnel, donc pas de code PIN pour verrouiller (luxpay staff add)
# $role: "manager" or "cashier".
app-open-for = Ouvert pour { $name } ({ $role ->
    [manager] responsable
   *[cashier] caissier
})
app-no-manager = Il faut un responsable, et il n'y en a aucun dans le personnel
# $what: what waited for approval ("Export the view", "Close the shift (Z)").
app-not-approved = { $what } : non fait (aucun responsable ne l'a approuvé)

## Links not yet in the ledger.
app-in-ledger-now = La commande { $order_id } est maintenant dans le registre
# The title bar's warning.
app-unrecorded-banner = { $count ->
    [one] { $count } lien PAS dans le registre : nouvel essai
   *[other] { $count } liens PAS dans le registre : nouvel essai
}

## The duplicate and large-amount questions, the catalogue, tips.
app-nothing-sent = Rien n'a été envoyé
# $key: the function key's number (F5 → 5).
app-no-catalogue-key = F{ $key } n'a pas d'article du catalogue ([[catalogue]] key = "F{ $key }")
app-catalogue-empty = Le catalogue est vide : ajouter des articles [[catalogue]] au fichier de configuration
app-no-tip-preset = il n'y a pas de préréglage { $number }

# Le nom d'un champ dans les messages.
field-amount = montant
field-customer = e-mail du client
field-product = produit
field-redirect-url = URL de redirection
field-method = moyen de paiement
field-currency = devise
field-error = { $field } : { $message }
app-staff-list-unread = la liste du personnel n'a pas pu être lue : { $error }
app-no-mirror = pas de miroir client : { $error }
app-not-a-date = { $typed } n'est pas une date : utilisez AAAA-MM-JJ

# Le panier : articles du catalogue, dans l'app et avec create --item.
cart-item-quantity = --item { $item } : la quantité après * doit aller de 1 à 999
cart-catalogue-empty = --item { $item } : le catalogue est vide ([[catalogue]] dans le fichier de config)
cart-item-unknown = --item { $item } n'est pas au catalogue : { $names }
cart-item-refused = --item { $item } : { $error }
cart-mixed-currency = { $item } est vendu en { $sold_in }, le panier est en { $cart } : faites une vente à part
