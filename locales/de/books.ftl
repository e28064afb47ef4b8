# The books: X and Z reports, receipts and slips, on the terminal and the printer.

## Die X- und Z-Berichte (src/books/text.rs): Bezeichnung links, Betrag rechts.
books-z-title = Z-BERICHT { $number }
books-x-title = X-BERICHT (laufende Schicht)
books-till = Kasse
books-opened = Geöffnet
books-by = von
books-closed = Geschlossen
books-no-sales = Keine Verkäufe
books-sales = Verkäufe
books-gross = Brutto (inkl. Trinkgeld)
books-tips = Trinkgeld
books-voids = Stornos ({ $count })
books-refunds = Erstattungen ({ $count })
books-refunds-cash = bar
books-refunds-other = andere
books-net = Netto
books-average = Ø Verkauf
books-by-method = Nach Zahlungsart
books-by-operator = Nach Bediener
books-by-hour = Nach Stunde
books-best-items = Top-Artikel
books-drawer = Kassenlade ({ $currency })
books-float = Wechselgeld
books-cash-sales = + Barverkäufe
books-cash-refunds = - Barerstattungen
books-paid-in = + Einlagen
books-paid-out = - Entnahmen
books-expected = Soll
books-counted = Gezählt
books-difference = Differenz
books-pending = Offen (übertragen): { $count }
books-paid-after-void = BEZAHLT NACH STORNO: { $count }
books-differences = Abweichungen zum Server
books-hash = Hash
books-paid-after-void-note = BEZAHLT NACH STORNO: Bestellung { $order_id } wurde am { $when } von { $operator } storniert ({ $reason }) und trotzdem bezahlt: Sie zählt als bezahlt; dem Kunden erstatten oder den Verkauf behalten

## Belege auf dem Drucker (src/printer).
books-receipt-demo = DEMO - kein echtes Geld
books-receipt-tip = Trinkgeld
books-receipt-total = SUMME
books-slip-order = Bestellung { $order_id } - { $when }
books-slip-scan = Zum Bezahlen scannen
books-slip-demo-1 = DEMO-Code: gilt nur, solange
books-slip-demo-2 = das erzeugende luxpay läuft
books-receipt-order = Bestellung { $order_id }
books-receipt-paid-at = Bezahlt { $when }
books-receipt-till = Kasse { $till } - { $operator }
books-receipt-paid = BEZAHLT
books-receipt-paid-demo = BEZAHLT (DEMO)
