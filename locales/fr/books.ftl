# The books: X and Z reports, receipts and slips, on the terminal and the printer.

## Les rapports X et Z (src/books/text.rs) : libellé à gauche, montant à droite.
books-z-title = RAPPORT Z { $number }
books-x-title = RAPPORT X (service en cours)
books-till = Caisse
books-opened = Ouvert
books-by = par
books-closed = Clôturé
books-no-sales = Aucune vente
books-sales = Ventes
books-gross = Brut (pourboires incl.)
books-tips = pourboires
books-voids = Annulations ({ $count })
books-refunds = Remboursements ({ $count })
books-refunds-cash = espèces
books-refunds-other = autres
books-net = Net
books-average = Vente moyenne
books-by-method = Par moyen de paiement
books-by-operator = Par opérateur
books-by-hour = Par heure
books-best-items = Meilleurs articles
books-drawer = Tiroir-caisse ({ $currency })
books-float = Fond de caisse
books-cash-sales = + ventes en espèces
books-cash-refunds = - remb. en espèces
books-paid-in = + apports
books-paid-out = - retraits
books-expected = Attendu
books-counted = Compté
books-difference = Écart
books-pending = En attente (reportés) : { $count }
books-paid-after-void = PAYÉ APRÈS ANNULATION : { $count }
books-differences = Écarts avec le serveur
books-hash = Empreinte
books-paid-after-void-note = PAYÉ APRÈS ANNULATION : la commande { $order_id } a été annulée le { $when } par { $operator } ({ $reason }), et elle est payée quand même : elle compte comme payée ; remboursez le client ou gardez la vente

## Tickets sur l'imprimante (src/printer).
books-receipt-demo = DÉMO - pas d'argent réel
books-receipt-tip = Pourboire
books-receipt-total = TOTAL
books-slip-order = Commande { $order_id } - { $when }
books-slip-scan = Scannez pour payer
books-slip-demo-1 = Code DÉMO : valable tant que
books-slip-demo-2 = le luxpay qui l'a créé tourne
books-receipt-order = Commande { $order_id }
books-receipt-paid-at = Payé le { $when }
books-receipt-till = Caisse { $till } - { $operator }
books-receipt-paid = PAYÉ
books-receipt-paid-demo = PAYÉ (DÉMO)
