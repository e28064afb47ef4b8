# The app's screens: the form, the payment pane, dialogs, the help and the history views.
# Translated from en/ui.ftl: the same ids and variables; short, for 80 columns.

keys-in-anywhere = Überall
keys-in-form = Formular
keys-in-payment = Zahlung
keys-in-history = Verlauf
keys-in-cart-on-the-amount-line = Warenkorb (in der Betragszeile)
keys-in-tip = Trinkgeld
keys-in-questions = Rückfragen
keys-in-books-amount-reason = Kasse (Betrag, Grund)
keys-in-z-report-paid-after-void = Z-Bericht, BEZAHLT NACH STORNO
keys-in-catalogue-picker = Artikelauswahl
keys-in-custom-tip = Eigenes Trinkgeld
keys-in-present-mode = Kundenanzeige
keys-in-history-filter = Verlaufsfilter
keys-in-history-dates = Verlaufszeitraum
keys-in-help = Hilfe

keys-help-not-in-fields = Hilfe, ? nicht im Feld
keys-history-and-back = Verlauf, und zurück
keys-lock-the-till-pin = Kasse sperren (PIN)
keys-quit = beenden
keys-suspend-fg-resumes = anhalten (fg: weiter)
keys-close-help = Hilfe schließen
keys-scroll-where-it-does-not-fit = blättern, wenn es nicht passt
keys-next-field = nächstes Feld
keys-previous-field = voriges Feld
keys-create-the-link = Link erstellen
keys-method-currency = Zahlart, Währung
keys-edit-the-field = Feld bearbeiten
keys-stop-waiting-or-go-back = abbrechen / zurück
keys-add-a-catalogue-item = Artikel hinzufügen
keys-catalogue-picker = Artikelauswahl
keys-cash-for-this-sale = bar für diesen Verkauf
keys-one-more-of-the-line = eins mehr von der Zeile
keys-one-fewer-0-out = eins weniger (0: raus)
keys-select-a-line-of-the-cart = Zeile im Warenkorb wählen
keys-empty-the-cart = Warenkorb leeren
keys-add-one = eins hinzufügen
keys-select = auswählen
keys-close = schließen
keys-that-preset = diese Vorgabe
keys-no-tip = kein Trinkgeld
keys-another-amount-or-percent = anderer Betrag / Prozent
keys-back-send-nothing = zurück, nichts senden
keys-use-it = übernehmen
keys-back-to-the-presets = zurück zu den Vorgaben
keys-go-back-send-nothing = zurück, nichts senden
keys-copy-the-link = Link kopieren
keys-present-mode-on-or-off = Kundenanzeige an / aus
keys-new-payment = neue Zahlung
keys-new-link-if-expired = neuer Link bei Ablauf
keys-check-status-now = Status jetzt prüfen
keys-print-slip-or-receipt = Beleg drucken
keys-void-a-pending-link = Link stornieren
keys-refund-money-back = Geld erstatten
keys-back-to-the-form = zurück zum Formular
keys-back-to-the-payment = zurück zur Zahlung
keys-fresh-link-if-expired = neuer Link bei Ablauf
keys-next-view = nächste Ansicht
keys-prev-view = vorige Ansicht
keys-a-page-up-or-down = Seite hoch / runter
keys-first-or-last = erste / letzte
keys-show-its-qr-code = QR-Code zeigen
keys-copy-its-link = Link kopieren
keys-recheck-or-reload = prüfen / neu laden
keys-filter-all-local = filtern (Alle lokal)
keys-page-server = Seite (Server)
keys-page-server-or-print = Seite (Server) / drucken
keys-dates-server = Zeitraum (Server)
keys-day-summary = Tag (Übersicht)
keys-export-the-view-csv = Ansicht exportieren (CSV)
keys-open-shift-summary = Schicht öffnen (Übersicht)
keys-cash-in-summary = Einlage (Übersicht)
keys-cash-out-summary = Entnahme (Übersicht)
keys-close-shift-z-summary = Z-Abschluss (Übersicht)
keys-back = zurück
keys-next-or-done = weiter / fertig
keys-amount-or-reason = Betrag / Grund
keys-cash-or-other = bar / anders
keys-cancel-write-nothing = abbrechen, nichts buchen
keys-close-it = schließen
keys-scroll = blättern
keys-print-the-z = Z drucken
keys-apply-the-filter = Filter anwenden
keys-clear-the-filter = Filter löschen
keys-load-the-range = Zeitraum laden
keys-from-or-to = von / bis
keys-cancel = abbrechen

hint-help = Hilfe
hint-history = Verlauf
hint-lock = sperren
hint-quit = Ende
hint-suspend = anhalten
hint-close-help = Hilfe zu
hint-scroll = blättern
hint-next-field = nächstes Feld
hint-previous-field = voriges Feld
hint-create = erstellen
hint-change = ändern
hint-edit = bearbeiten
hint-stop-waiting = abbrechen
hint-add-item = Artikel
hint-catalogue = Katalog
hint-cash = bar
hint-more-or-fewer = mehr / weniger
hint-fewer = weniger
hint-line = Zeile
hint-empty-cart = leeren
hint-add-one = hinzufügen
hint-select = wählen
hint-close = schließen
hint-preset = Vorgabe
hint-no-tip = kein Trinkgeld
hint-custom = eigenes
hint-back = zurück
hint-use-it = übernehmen
hint-create-the-link = Link erstellen
hint-go-back-send-nothing = zurück, nichts senden
hint-copy = kopieren
hint-present = Anzeige
hint-new = neu
hint-fresh-link = neuer Link
hint-recheck = prüfen
hint-print = drucken
hint-void = stornieren
hint-refund = erstatten
hint-copy-link = Link kopieren
hint-new-payment = neue Zahlung
hint-next-view = nächste Ansicht
hint-prev-view = vorige Ansicht
hint-page = Seite
hint-first = erste
hint-last = letzte
hint-show = zeigen
hint-filter = filtern
hint-dates = Zeitraum
hint-day = Tag
hint-export = Export
hint-open-shift = Schicht auf
hint-cash-in-or-out = Einlage / Entnahme
hint-cash-out = Entnahme
hint-close-shift = Schicht zu
hint-done = fertig
hint-field = Feld
hint-tender = Zahlweg
hint-cancel = abbrechen
hint-apply-filter = filtern
hint-clear-filter = Filter löschen
hint-load = laden
hint-from-or-to = von / bis
hint-reload = neu laden

ui-tab-form = Formular
ui-tab-payment = Zahlung
ui-tab-history = Verlauf
ui-locked = gesperrt
ui-offline-long = OFFLINE: Luxfin antwortet nicht; bar geht weiter (^T)
ui-offline-short = OFFLINE: bar geht weiter (^T)
ui-offline = OFFLINE
ui-demo-long = DEMO-API: kein echtes Geld fließt
ui-demo-short = DEMO: kein echtes Geld
ui-demo = DEMO
ui-approval-title = PIN der Leitung: { $what }
ui-too-small = Fenster zu klein: luxpay braucht { $need }, dieses hat { $size }.
ui-too-small-question = Eine Frage wartet: Fenster vergrößern, um sie zu beantworten.
ui-too-small-keys = Tasten warten, bis es größer ist; q beendet, F1 Hilfe.

ui-help-title = Tasten · Esc schließt
ui-help-title-scroll-long = Tasten · ↑ ↓ mehr (PgUp PgDn) · Esc schließt
ui-help-title-scroll = Tasten · ↑ ↓ mehr · Esc schließt
ui-help-copy-route = Kopiert wird in: { $route }
ui-help-route-system = die Zwischenablage des Systems (sonst OSC 52, wenn sie nicht erreichbar ist)
ui-help-route-osc52 = die Zwischenablage des Terminals über OSC 52 (in tmux nötig: `set -g set-clipboard on`)
ui-help-route-tmux = die Zwischenablage des Terminals über OSC 52, durch tmux hindurch
ui-help-route-screen = die Zwischenablage des Terminals über OSC 52, durch GNU screen hindurch
ui-help-route-off = nirgendwohin (clipboard = "off")

ui-pending-minutes = { $status } { $minutes } min
ui-method-card = Karte
ui-method-cash = Bar

ui-form-title = Neue Zahlung
ui-form-amount = Betrag
ui-form-customer = Kunden-E-Mail
ui-form-product = Produkt
ui-form-redirect-url = Rücksprung-URL
ui-form-method = Zahlart
ui-form-currency = Währung
ui-form-cart-amount = { $money } (Warenkorb)
ui-form-optional = optional
ui-form-walk-in-if-empty = leer: Laufkunde
ui-form-cart = Warenkorb
ui-form-cart-total = Summe { $money }
ui-form-cart-keys = + - Menge · PgUp PgDn Zeile · n leeren
ui-form-enter-cash = Barverkauf buchen
ui-form-enter-link = Zahlungslink erstellen
ui-form-creating = Zahlungslink wird erstellt… { $seconds } s
ui-form-stop-waiting = Warten abbrechen
ui-form-try-again = erneut versuchen

ui-payment-title = Zahlung
ui-payment-empty = Hier erscheint der QR-Code der Zahlung.
ui-payment-heading = Bestellung { $order_id } · { $money } · { $method }
ui-payment-walk-in = Laufkunde
ui-payment-tip = Trinkgeld { $amount }
ui-payment-status-retrying = Status unbekannt — neuer Versuch
ui-payment-status-refused = Status unbekannt: { $why }
ui-payment-code-too-small = Der QR-Code braucht hier ein Terminal von mindestens { $need } (dieser Bereich hat { $size }).
ui-payment-present-hint = f drücken für die Kundenanzeige (braucht { $need }) oder das Fenster vergrößern.

ui-tip-title = Trinkgeld hinzufügen?
ui-tip-subtotal = Zwischensumme { $money }
ui-tip-percent = { $percent } %
ui-tip-tip = Trinkgeld
ui-tip-total = gesamt
ui-tip-no-tip = kein Trinkgeld
ui-tip-other = anderer Betrag oder Prozent
ui-tip-back = zurück
ui-tip-label = Trinkgeld
ui-tip-comes-to = Trinkgeld { $tip }, gesamt { $total }
ui-tip-comes-to-short = gesamt { $total }
ui-tip-how = ein Betrag (0,50) oder Prozent (18%)
ui-tip-how-short = 0,50 oder 18%

ui-summary-in-ledger = { $date }: { $count ->
    [one] { $count } Zahlung im Journal
   *[other] { $count } Zahlungen im Journal
}
ui-summary-keys = ← → Tag · r neu laden · e Export
ui-summary-by-status = Nach Status
ui-summary-by-method = Nach Zahlart
ui-summary-by-till = Nach Kasse
ui-summary-by-operator = Nach Bediener
ui-summary-tips = Trinkgeld (in den Summen oben enthalten)
ui-summary-none = keine
ui-summary-till = Kasse
ui-summary-operator = Bediener
ui-summary-asking = { $count ->
    [one] Frage den Server nach { $count } offenen Zahlung…
   *[other] Frage den Server nach { $count } offenen Zahlungen…
}
ui-summary-unchecked = { $count ->
    [one] { $count } offene Zahlung nicht geprüft: gezählt, wie das Journal sie kennt
   *[other] { $count } offene Zahlungen nicht geprüft: gezählt, wie das Journal sie kennt
}
ui-summary-not-reconciled = Nicht abgeglichen: { $why }
ui-summary-checking = Abgleich mit dem Server…
ui-summary-server-totals = Summen laut Server: { $totals }
ui-summary-server-sum = die eigene Summe des Servers, { $sum }, addiert verschiedene Währungen
ui-summary-reconciled = Mit dem Server abgeglichen: keine Abweichungen
ui-summary-differences = { $count ->
    [one] { $count } Abweichung zum Server:
   *[other] { $count } Abweichungen zum Server:
}
ui-summary-only-local = Bestellung { $order_id } ({ $status }) ist im Journal, nicht auf dem Server
ui-summary-only-server = Bestellung { $order_id } ({ $status }) ist auf dem Server, nicht in diesem Journal
ui-summary-status-differs = Bestellung { $order_id }: laut Journal { $local }, laut Server { $server }
ui-summary-amount-differs = Bestellung { $order_id }: laut Journal { $local }, laut Server { $server }
ui-summary-elsewhere = An anderen Kassen des Geschäfts (keine Abweichungen): { $tills }

ui-outcome-wrong-amount = FALSCHER BETRAG
ui-outcome-wrong-amount-made = Luxfin hat diesen Link über { $money } erstellt, nicht { $asked }:
ui-outcome-wrong-amount-hide = nicht dem Kunden zeigen.
ui-outcome-wrong-amount-ledger = Bestellung { $order_id } steht im Journal, markiert als anderer Betrag.
ui-outcome-wrong-amount-new = n drücken für eine neue Zahlung.
ui-outcome-voided-out = Storniert: aus allen Summen; der Code wird nicht mehr gezeigt.
ui-outcome-voided-paid-after = Zahlt der Kunde trotzdem, meldet luxpay BEZAHLT NACH STORNO.
ui-outcome-expired-unpaid = Dieser Link ist abgelaufen, ohne bezahlt zu sein.
ui-outcome-expired-fresh = g drücken für einen neuen Link mit denselben Angaben.
ui-outcome-change-due = RÜCKGELD · Barverkauf über { $money }
ui-outcome-handed-over = { $money } gegeben · bezahlt um { $time }
ui-outcome-product-order = { $product } · Bestellung { $order_id }
ui-outcome-received = { $money } erhalten
ui-outcome-received-cash = { $money } bar
ui-outcome-paid-at = bezahlt um { $time }

ui-confirm-title-both = Betrag und früheren Link prüfen
ui-confirm-title-large = Betrag prüfen
ui-confirm-title-again = Noch einen Link erstellen?
ui-confirm-walk-in = einen Laufkunden
ui-confirm-sale = { $money } an { $customer } für „{ $product }“
ui-confirm-large = { $sale } ist mehr als { $limit }.
ui-confirm-same-sale = denselben Verkauf
ui-confirm-same-sale-is = denselben Verkauf ({ $sale })
ui-confirm-earlier = Bestellung { $order_id }, vor { $ago } für { $what } erstellt, ist { $status }.
ui-confirm-question = Zahlungslink erstellen?
ui-confirm-yes = Link erstellen
ui-confirm-no = zurück, nichts senden

ui-picker-title = Katalog · Enter fügt hinzu · Esc schließt
ui-picker-find = Suche
ui-picker-nothing = Kein Artikel enthält diese Wörter.

ui-history-title = Verlauf
ui-history-session = Diese Sitzung
ui-history-local = Alle lokal
ui-history-server = Server
ui-history-summary = Übersicht
ui-history-shop = Geschäft

ui-books-handed-over = Gegeben
ui-books-counted = Gezählt
ui-books-float = Wechselgeld
ui-books-amount = Betrag
ui-books-reason = Grund
ui-books-tender = Zahlweg
ui-books-tender-cash = bar, aus der Kasse
ui-books-tender-other = anders, nicht aus der Kasse
ui-books-tender-cash-short = bar
ui-books-tender-other-short = anders
ui-books-alert-close = Enter oder Esc: schließen
ui-books-paid-after-void = BEZAHLT NACH STORNO
ui-books-z-title = Z { $number } · ↑ ↓ blättern · p drucken · Esc schließen
ui-books-no-shift = Keine Schicht offen: s öffnet eine mit Wechselgeld (ein Verkauf: mit 0)
ui-books-x-title = Schicht (X-Bericht)
ui-books-x-since = seit { $time } · { $who }
ui-books-x-keys = s öffnen · i Einlage · o Entnahme · Z abschließen
ui-books-x-sales = { $currency }: { $count ->
    [one] { $count } Verkauf
   *[other] { $count } Verkäufe
} · brutto { $gross } · Trinkgeld { $tips } · netto { $net }
ui-books-x-voids = Stornos { $voids } ({ $voided }) · Erstattungen { $refunds } ({ $refunded })
ui-books-x-cash = Bar erwartet { $expected } { $currency } (Wechselgeld { $float } + Verkäufe { $sales } − Erstattungen { $refunds } + Einlagen { $paid_in } − Entnahmen { $paid_out })
ui-books-x-best = Bestseller: { $items }
ui-books-x-pending = { $count ->
    [one] { $count } Link noch offen: er geht in die nächste Schicht
   *[other] { $count } Links noch offen: sie gehen in die nächste Schicht
}
ui-books-per-hour = Verkäufe je Stunde

ui-history-col-time = Zeit
ui-history-col-when = Zeit
ui-history-col-order = Nr.
ui-history-col-amount = Betrag
ui-history-col-product = Produkt
ui-history-col-customer = Kunde
ui-history-col-method = Zahlart
ui-history-col-status = Status
ui-history-col-till = Kasse
ui-history-col-operator = Bediener
ui-history-status-unknown = unbekannt
ui-history-session-empty = Noch keine Zahlungen in dieser Sitzung.
ui-history-local-reading = Lese das Journal…
ui-history-local-failed = Das Journal konnte nicht gelesen werden: { $why }
ui-history-local-empty = Das Journal ist leer: hier noch keine Zahlung.
ui-history-local-no-match = Nichts passt zum Filter.
ui-history-local-count = { $count ->
    [one] { $count } Zahlung
   *[other] { $count } Zahlungen
}
ui-history-local-over = über { $count } Zahlungen
ui-history-local-filter-how = Filter: Wörter, status:paid, till:, date:JJJJ-MM-TT
ui-history-server-asking = Frage den Server…
ui-history-server-empty = Der Server listet hier keine Zahlungen.
ui-history-server-from = Von
ui-history-server-to = Bis
ui-history-server-range-keys = Enter laden · Tab wechseln · Esc abbrechen
ui-history-server-newest = Neueste zuerst, Bestellungen { $first }–{ $last }
ui-history-server-range = Von { $from } bis { $to }
ui-history-shop-conflicts = { $count ->
    [one] { $count } Verkauf getrennt gehalten: seine Bestellnummer gehört einem anderen (ledger sync sagt, welchem)
   *[other] { $count } Verkäufe getrennt gehalten: ihre Bestellnummer gehört einem anderen (ledger sync sagt, welchem)
}
ui-history-shop-failed = Das Journal des Geschäfts konnte nicht gelesen werden: { $why }
ui-history-shop-empty = Heute hat noch keine Kasse verkauft.
ui-history-shop-reading = Lese die Verkäufe aller Kassen…

ui-present-nothing = Keine Zahlung anzuzeigen: Esc drücken.
ui-present-code-too-small = Der QR-Code braucht ein Terminal von mindestens { $need }; dieses hat { $size }. Fenster vergrößern oder eine kleinere Schrift wählen.
ui-present-scan = Zum Bezahlen scannen

ui-pin-title = Gesperrt: Wer ist an der Kasse?
ui-pin-checking = prüfe…
ui-pin-keys = ↑↓ Name · Ziffern PIN · Enter öffnen · Esc leeren
ui-pin-locked = Gesperrt
ui-pin-checking-pin = prüfe die PIN…
ui-pin-keys-short = ↑↓ Name · Enter öffnen

ui-mirror-demo = DEMO - kein echtes Geld
ui-mirror-welcome = Willkommen
ui-mirror-waiting-for-till = Warte auf Kasse { $till }…
ui-mirror-tills-found = Kassen hier: { $tills }
ui-mirror-start-till = Kasse starten mit LUXPAY_TILL={ $till } luxpay oder luxpay --till { $till }
ui-mirror-enlarge = Fenster vergrößern, um den Code zu zeigen.
