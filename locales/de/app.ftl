# What the app says as it works: notices, the status line, questions, the form's checks.

## The amount a person types (the form, the books' questions, tips, the CLI's options).
money-enter-amount = Betrag eingeben, z. B. 12,50
money-number-only = nur die Zahl eingeben; die Währung wird extra gewählt
money-more-than-zero = der Betrag muss größer als null sein
money-not-a-number = { $typed } ist keine Zahl: Ziffern und ein Dezimaltrennzeichen eingeben, z. B. 12,50
money-too-large = { $typed } ist zu groß für einen Betrag
money-two-decimals = höchstens zwei Nachkommastellen, z. B. 12,50
money-above-limit = der Betrag liegt über dem Limit von { $limit }; wenn das stimmt, max_amount in der Konfigurationsdatei erhöhen
money-ambiguous = { $typed } kann { $thousands } oder { $decimals } heißen: { $thousands } (Tausender) oder { $decimals } (Dezimalen) eingeben
money-ambiguous-three-places = { $typed } kann { $thousands } (Tausender) heißen, als Dezimalzahl hätte es drei Nachkommastellen: { $thousands } eingeben oder höchstens zwei Nachkommastellen

## A tip as typed (the tip screen, create --tip): the CLI puts -- before these.
tip-not-a-percent = Trinkgeld { $typed } ist kein Prozentwert: eine Zahl eingeben, z. B. 15
tip-out-of-range = Trinkgeld { $typed } geht nicht: 0 bis 100, z. B. 15
tip-amount-error = Trinkgeld { $error }; oder ein Prozentwert, z. B. 15%
tip-amount-error-quoted = Trinkgeld { $typed }: { $error }; oder ein Prozentwert, z. B. 15%

## Typed text that would look like something else (email, product, redirect URL).
text-invisible-char = enthält ein unsichtbares oder richtungsänderndes Zeichen (U+{ $code }): bitte neu eingeben
text-combining-pile = enthält einen Stapel kombinierender Zeichen: bitte neu eingeben

## The checks of the other fields of a sale (the form, create's options).
check-email-empty = E-Mail des Kunden eingeben, z. B. ana@example.com
check-email-invalid = { $typed } ist keine E-Mail-Adresse; z. B. ana@example.com eingeben
check-product-empty = eingeben, was verkauft wird, z. B. „Kaffeebohnen 1 kg“
check-product-too-long = hat { $count } Zeichen; auf { $most } oder weniger kürzen
check-product-controls = Steuerzeichen entfernen (z. B. Tabs oder Escapes)
check-url-too-long = hat { $count } Zeichen; höchstens { $most } verwenden
check-url-invalid = ist keine URL ({ $error }); z. B. https://shop.example/danke eingeben oder leer lassen
check-url-scheme = muss mit https:// (oder http://) beginnen und einen Host nennen
check-url-credentials = darf keinen Benutzernamen oder kein Passwort enthalten (user:pw@): der Zahler würde sie sehen
check-currency-usd-only = { $method } nimmt nur USD; USD wählen oder mit Karte in { $currency } zahlen
check-tip-above-limit = mit diesem Trinkgeld beträgt der Betrag { $amount }, über dem Limit von { $limit }

## Making a payment link.
app-fields-need-fixing = { $count ->
    [one] { $count } Feld muss korrigiert werden: nichts wurde gesendet
   *[other] { $count } Felder müssen korrigiert werden: nichts wurde gesendet
}
app-stopped-waiting = Warten beendet. Erstellt Luxfin den Link doch, erscheint er im Verlauf (Strg+P).
app-other-amount-not-shown = Bestellung { $order_id } wurde über einen anderen Betrag erstellt: nicht angezeigt
app-link-created = Zahlungslink erstellt: Bestellung { $order_id }
# Follows another notice after " · ".
app-shift-opened-zero = eine Schicht wurde mit Anfangsbestand 0 geöffnet (i in der Übersicht trägt ihn ein)
# Follows the API's error and ". ".
app-create-may-exist = Die Zahlung kann trotzdem bestehen: vor einem neuen Versuch prüfen.
app-link-not-created = Der Zahlungslink wurde nicht erstellt
app-stopped-did-create = Die abgebrochene Anfrage hat Bestellung { $order_id } doch erstellt: sie steht im Verlauf
app-not-in-ledger-retrying = Bestellung { $order_id } gilt, konnte aber nicht ins Journal geschrieben werden: { $error }; neuer Versuch läuft

## The books: cash sales, the drawer, voids, refunds, the shift.
books-ask-cash = Bar
books-ask-cash-under = Summe { $total }: erhaltener Betrag (nur Enter: kein Wechselgeld)
books-ask-float = Schicht öffnen
books-ask-float-under = Anfangsbestand: Bargeld jetzt in der Kasse
books-ask-cash-in = Einlage
books-ask-cash-in-under = Bargeld in die Kasse gelegt, und warum
books-ask-cash-out = Entnahme
books-ask-cash-out-under = Bargeld aus der Kasse genommen, und warum
books-ask-void = Bestellung { $order_id } stornieren
# $sale: the sale's money and product, "7.50 USD · Latte".
books-ask-void-under = { $sale }: warum? (der Kunde kann noch zahlen)
books-ask-refund = Bestellung { $order_id } erstatten
books-ask-refund-under = { $sale }: Betrag (leer: alles Übrige), Zahlart, Grund
books-ask-close = Schicht schließen (Z)
books-ask-close-under = Das gezählte Bargeld in der Kasse
books-offline-not-sent = Offline: Luxfin antwortet nicht, kein Link gesendet. Bar geht weiter (Strg+T); Enter versucht Luxfin wieder in { $seconds } s
app-voided-already = Bestellung { $order_id } ist schon storniert
books-only-pending-voided = Bestellung { $order_id } ist { $status }: nur ein offener Link wird storniert; m erstattet sie
books-only-paid-refunded = Bestellung { $order_id } ist { $status }: nur ein bezahlter Verkauf wird erstattet
books-only-paid-refunded-pending = Bestellung { $order_id } ist { $status }: nur ein bezahlter Verkauf wird erstattet; x storniert einen offenen Link
books-type-amount = Betrag eingeben
books-type-count = Betrag eingeben (0 für eine leere Kasse)
books-say-why = Grund in wenigen Worten: er wird mit dem Vorgang gespeichert
books-out-more-than-held = Die Kassenlade sollte nur { $held } enthalten: Betrag prüfen oder erneut Enter drücken, um trotzdem { $amount } zu entnehmen
books-less-than-total = { $given } ist weniger als die Summe { $total }
books-cash-not-recorded = Der Barverkauf wurde nicht erfasst: { $error }. Nichts kassiert: bitte erneut versuchen
books-cash-sale-paid = Barverkauf { $order_id } BEZAHLT: { $money }
# Follows the cash sale's notice after " · ".
books-change = Wechselgeld { $change }
books-not-written = Nicht gespeichert: { $reason }
books-shift-opened = Schicht mit Anfangsbestand { $money } geöffnet
books-cash-put-in = { $money } in die Kasse gelegt
books-cash-taken-out = { $money } aus der Kasse genommen
books-voided = Bestellung { $order_id } storniert: zahlt der Kunde trotzdem, meldet luxpay BEZAHLT NACH STORNO
books-refunded = { $money } von Bestellung { $order_id } erstattet ({ $tender })
books-tender-cash = bar
books-tender-other = andere
# Follows a book event's notice after " · ".
books-shift-opened-for-it = dafür wurde eine Schicht mit Anfangsbestand 0 geöffnet
books-z-closed = Z { $number } hat die Schicht geschlossen; der nächste Verkauf öffnet eine neue
books-shift-not-closed = Die Schicht wurde nicht geschlossen: { $error }
app-paid-after-void = BEZAHLT NACH STORNO: Bestellung { $order_id } ({ $money }) wurde um { $time } storniert und trotzdem bezahlt. Sie zählt als bezahlt: dem Kunden erstatten (m) oder den Verkauf behalten.

## The history views.
# What a manager approves (shown on the PIN screen, and in "…: not done").
app-export-view = Ansicht exportieren
app-shift-keys-in-summary = Die Schichttasten (s i o Z) gelten in der Übersicht: v bis sie erscheint
app-exporting = Export läuft…
app-export-server-not-yet = Noch nichts zu exportieren: die Liste des Servers ist nicht da
app-export-shop-not-yet = Noch nichts zu exportieren: die Zahlungen des Geschäfts sind nicht da
app-exporting-rows = { $count ->
    [one] Exportiere { $count } Zeile…
   *[other] Exportiere { $count } Zeilen…
}
app-ledger-not-read = Das Journal konnte nicht gelesen werden: { $error }
app-no-link-recovered = Kein Link zum Kopieren: dieser Verkauf wurde wiederhergestellt, und die Liste von Luxfin enthält keine Links
app-range-backwards = { $from } liegt nach { $to }: den früheren Tag zuerst

## Keys, copying, quitting, and what the effects report back.
app-no-link-to-copy = Kein Link zum Kopieren oder Zeigen: Bar wird an der Kasse bezahlt, ein stornierter Link wird nicht mehr gezeigt
app-wrong-amount = Dieser Link wurde über einen anderen Betrag erstellt: nicht dem Kunden zeigen
app-quit-creating = Ein Zahlungslink wird gerade erstellt
app-quit-unrecorded = { $count ->
    [one] { $count } Link ist noch nicht im Journal (das Log hat ihn)
   *[other] { $count } Links sind noch nicht im Journal (das Log hat sie)
}
# $why: one of the two above.
app-quit-anyway = { $why }: Strg+C erneut beendet trotzdem
app-copy-off-config = Kopieren ist aus (clipboard = "off" in config.toml)
app-copied-system = Link in die Zwischenablage kopiert
app-copied-osc52 = Link an die Zwischenablage des Terminals gesendet (OSC 52)
app-copy-off = Kopieren ist aus
app-copy-failed = Kopieren fehlgeschlagen: { $reason }. Der Link steht zum Abtippen auf dem Bildschirm.
app-ledger-not-written = Das Journal konnte nicht geschrieben werden: { $error }
app-exported = Exportiert nach { $path }
app-export-failed = Export fehlgeschlagen: { $error }
app-warning = Warnung: { $text }
# $event: the hook's name in the config file (on_paid…).
app-hook-failed = { $reason }; weitere Fehler von { $event } stehen nur im Log
app-printed-report = Bericht gedruckt
app-not-printed = Nicht gedruckt: { $reason }

## The ledger at start, and sales an earlier run left in flight.
app-ledger-not-opened = Das Journal konnte nicht geöffnet werden: { $error }
# $message: what recovery found (the sale-… messages, joined by "; ").
app-ledger-says = Journal: { $message }
sale-recovered = { $count ->
    [one] { $count } Verkauf ohne Antwort wiederhergestellt: Bestellung { $orders } steht jetzt im Journal
   *[other] { $count } Verkäufe ohne Antwort wiederhergestellt: Bestellungen { $orders } stehen jetzt im Journal
}
sale-not-created = { $count ->
    [one] { $count } unterbrochener Verkauf wurde bei Luxfin nicht erstellt
   *[other] { $count } unterbrochene Verkäufe wurden bei Luxfin nicht erstellt
}
sale-in-flight = { $count ->
    [one] { $count } Verkauf ist vielleicht noch unterwegs: `luxpay ledger recover` sieht später nach
   *[other] { $count } Verkäufe sind vielleicht noch unterwegs: `luxpay ledger recover` sieht später nach
}

## Printing slips and receipts.
app-no-printer = Kein Drucker: printer in config.toml setzen (siehe README, „Receipt printer“)
app-no-link-to-print = Bestellung { $order_id } hat keinen Link zum Drucken
app-expired-nothing-to-print = Bestellung { $order_id } abgelaufen: g erstellt einen neuen Link zum Drucken
# $paper: "slip" (the code, while it waits) or "receipt" (once paid).
app-printing = { $paper ->
    [receipt] Drucke den Beleg für Bestellung { $order_id }…
   *[slip] Drucke den Zahlschein für Bestellung { $order_id }…
}
app-printed = { $paper ->
    [receipt] Beleg für Bestellung { $order_id } gedruckt
   *[slip] Zahlschein für Bestellung { $order_id } gedruckt
}
# Follows the PAID notice after " · ".
app-receipt-printed = Beleg gedruckt
app-not-printed-retry = Nicht gedruckt: { $reason } — p versucht es erneut

## Following payments.
app-key-refused = der API-Schlüssel wurde abgelehnt
app-paid-is-final = Bestellung { $order_id } ist BEZAHLT: das ist endgültig, nichts zu prüfen
app-checking = Prüfe Bestellung { $order_id }…
app-status-unknown = Bestellung { $order_id }: Status unbekannt: { $error }
# $status: the status with how long it has waited ("PENDING 1:42").
app-checked-just-now = Bestellung { $order_id }: { $status }, gerade geprüft
# How the app knows the PAID notice: app-order-paid-money starts with it.
app-order-paid = Bestellung { $order_id } ist BEZAHLT
app-order-paid-money = Bestellung { $order_id } ist BEZAHLT: { $money }
app-order-expired = Bestellung { $order_id } ABGELAUFEN: g für einen neuen Link
# A waiting payment in a list, in whole minutes.
app-pending-minutes = OFFEN { $minutes } min
# A waiting payment with how long it has waited (1:42).
app-pending-clock = OFFEN { $clock }

## Staff and the lock.
app-staff-not-read = Die Personalliste konnte nicht gelesen werden: { $error }. Strg+C beendet; luxpay neu starten.
app-no-staff-to-lock = Niemand ist im Personal, also gibt es keine PIN zum Sperren (luxpay staff add)
# $role: "manager" or "cashier".
app-open-for = Geöffnet für { $name } ({ $role ->
    [manager] Leitung
   *[cashier] Kasse
})
app-no-manager = Das braucht eine Leitung, und keine ist im Personal
# $what: what waited for approval ("Export the view", "Close the shift (Z)").
app-not-approved = { $what }: nicht ausgeführt (keine Leitung hat zugestimmt)

## Links not yet in the ledger.
app-in-ledger-now = Bestellung { $order_id } ist jetzt im Journal
# The title bar's warning.
app-unrecorded-banner = { $count ->
    [one] { $count } Link NICHT im Journal: neuer Versuch läuft
   *[other] { $count } Links NICHT im Journal: neuer Versuch läuft
}

## The duplicate and large-amount questions, the catalogue, tips.
app-nothing-sent = Nichts wurde gesendet
# $key: the function key's number (F5 → 5).
app-no-catalogue-key = F{ $key } hat keinen Katalogartikel ([[catalogue]] key = "F{ $key }")
app-catalogue-empty = Der Katalog ist leer: [[catalogue]]-Artikel in die Konfigurationsdatei eintragen
app-no-tip-preset = es gibt keine Vorgabe { $number }

# Der Name eines Feldes in Meldungen.
field-amount = Betrag
field-customer = E-Mail des Kunden
field-product = Produkt
field-redirect-url = Weiterleitungs-URL
field-method = Zahlart
field-currency = Währung
field-error = { $field }: { $message }
app-staff-list-unread = die Personalliste ist nicht lesbar: { $error }
app-no-mirror = kein Kundenspiegel: { $error }
app-not-a-date = { $typed } ist kein Datum: JJJJ-MM-TT verwenden

# Der Warenkorb: Artikel aus dem Katalog, in der App und mit create --item.
cart-item-quantity = --item { $item }: die Menge nach * muss 1 bis 999 sein
cart-catalogue-empty = --item { $item }: der Katalog ist leer ([[catalogue]] in der Konfigdatei)
cart-item-unknown = --item { $item } ist nicht im Katalog: { $names }
cart-item-refused = --item { $item }: { $error }
cart-mixed-currency = { $item } kostet in { $sold_in }, der Warenkorb ist in { $cart }: dafür einen eigenen Verkauf machen
