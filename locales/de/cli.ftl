# The command line's words for people (not --json, not CSV), and doctor.

## Zeilen auf stderr: `Hinweis: …`, `Warnung: …`.
cli-note = Hinweis: { $text }
cli-warning = Warnung: { $text }
cli-see-the-log = { $error } (siehe Protokoll)
cli-demo-banner = DEMO: die eingebaute Demo-API von luxpay; es fließt kein echtes Geld.
cli-demo-server-banner = DEMO: ein luxpay demo-server, nicht Luxfin; es fließt kein echtes Geld.
cli-demo-short = DEMO-API: kein echtes Geld
cli-actions-ran = Bestellung { $order_id } ist { $status }: ihre Aktionen liefen an dieser Kasse schon
cli-actions-unknown = unklar, ob die Aktionen von Bestellung { $order_id } schon liefen ({ $error }): sie werden ausgeführt
cli-unrecorded = konnte dies nicht im Journal { $path } speichern ({ $error }): diese Ausgabe aufbewahren
cli-no-times = Journal für die Uhrzeiten nicht lesbar: { $error }
cli-recover-later = { $error }; `luxpay ledger recover` versucht es erneut
cli-not-shared-yet = noch nicht im gemeinsamen Journal des Ladens ({ $error }); es bleibt hier und geht mit dem nächsten Befehl oder `luxpay ledger sync` hinaus
cli-resent = die Datenbank des Ladens ist nicht die, an die diese Kasse zuletzt gesendet hat (aus einer Sicherung wiederhergestellt oder ein neuer Server): das ganze Journal dieser Kasse wird erneut gesendet; was schon da ist, wird nicht doppelt gezählt

## create: die Angaben zum Verkauf, eine pro Zeile.
cli-creating = Zahlungslink wird erstellt
cli-label-order = Bestellung
cli-label-amount = Betrag
cli-label-product = Produkt
cli-label-tip = Trinkgeld
cli-label-customer = Kunde
cli-label-tendered = Gegeben
cli-label-change = Rückgeld
cli-label-method = Zahlart
cli-label-till = Kasse
cli-label-status = Status
cli-method-card = Karte
cli-method-cash = Bar
cli-tip-on = { $tip } auf { $subtotal }
cli-walk-in = Laufkunde ({ $customer })
cli-no-printer = nicht gedruckt: kein Drucker eingestellt (printer in config.toml)
cli-not-printed = nicht gedruckt: { $reason }
cli-printed-slip = Zahlschein gedruckt
cli-printed-receipt = Beleg gedruckt
cli-printed-report = Bericht gedruckt

## Die Bücher: Schicht, Kassenlade, Storno, Erstattung, Bericht, Prüfung.
cli-shift-opened-itself = an Kasse { $till } war keine Schicht offen: eine wird mit { $float } Wechselgeld eröffnet (`luxpay drawer in --amount … --reason float` legt das Bargeld der Lade dazu)
cli-shift-opened = Schicht an Kasse { $till } mit { $float } Wechselgeld eröffnet.
cli-drawer-in = { $amount } in die Kassenlade von Kasse { $till } eingelegt.
cli-drawer-out = { $amount } aus der Kassenlade von Kasse { $till } entnommen.
cli-voided = Bestellung { $order_id } storniert. Luxfin kann den Link nicht sperren: zahlt der Kunde trotzdem, meldet luxpay BEZAHLT NACH STORNO.
cli-status-unrecorded = der Status von Bestellung { $order_id } laut Server wurde nicht gespeichert: { $error }
cli-void-server-unasked = Server zu Bestellung { $order_id } nicht erreichbar ({ $error }): es gilt, was diese Kasse weiß
cli-refunded-cash = { $amount } von Bestellung { $order_id } bar aus der Kassenlade erstattet.
cli-refunded-other = { $amount } von Bestellung { $order_id } anders erstattet (nicht aus der Kassenlade).
cli-no-shift-open = an Kasse { $till } ist keine Schicht offen: der nächste Verkauf eröffnet eine
cli-shop-no-z = Am { $date } wurden keine Z-Berichte erstellt.
cli-verify-intact = { $count ->
    [one] 1 Z-Bericht, Kette intakt
   *[other] { $count } Z-Berichte, Kette intakt
}

## summary
cli-status-change-unrecorded = eine Statusänderung wurde nicht im Journal gespeichert: { $error }
cli-status-change-unshared = eine Statusänderung wurde nicht im Journal des Ladens gespeichert: { $error }

## status und create --wait: der Status, wie er sich ändert, auf stderr.
cli-status-final-kept = der Server meldet jetzt { $server }; im Journal steht { $known }, und das ist endgültig
cli-wait-recorded-already = { $status } (bereits erfasst)
cli-wait-recorded = { $status } (erfasst)
cli-wait-retrying = Status unbekannt, neuer Versuch in { $secs } s: { $error }

## staff
cli-staff-added = { $name } als { $role } hinzugefügt.
cli-staff-none = Kein Personal: an der Kasse darf jeder alles (`luxpay staff add NAME --role manager` legt eine Liste an).
cli-staff-removed = { $name } aus dem Personal entfernt.
cli-staff-pin-changed = Die PIN von { $name } ist geändert.
cli-role-manager = Leitung
cli-role-cashier = Kassierer
cli-pin-prompt = PIN von { $name }:
cli-new-pin-prompt = Neue PIN für { $name } (4 bis 8 Ziffern):
cli-pin-again-prompt = Dieselbe PIN noch einmal:

## summary: der Tag, zusammengefasst.
summary-title = Übersicht für { $date } ({ $count ->
    [one] 1 Zahlung
   *[other] { $count } Zahlungen
} im Journal)
summary-by-status = Nach Status
summary-by-method = Nach Zahlart
summary-by-till = Nach Kasse
summary-by-operator = Nach Bediener
summary-tips = Trinkgeld (in den Summen oben enthalten)
summary-none = (keine)
summary-unchecked = { $count ->
    [one] 1 offene Zahlung ließ sich nicht beim Server prüfen: gezählt, wie das Journal sie kennt.
   *[other] { $count } offene Zahlungen ließen sich nicht beim Server prüfen: gezählt, wie das Journal sie kennt.
}
summary-not-reconciled = Nicht abgeglichen: der Verlauf des Servers war nicht lesbar.
summary-server-totals = Summen des Servers: { $totals }
summary-totals-none = keine
summary-server-sum-mixed = die eigene Summe des Servers, { $sum }, addiert verschiedene Währungen
summary-reconciled = Mit dem Server abgeglichen: keine Abweichungen.
summary-differences = Abweichungen zum Server ({ $count }):

## list, history, test-webhook
cli-list-empty = Keine Zahlungen ab Position { $offset }.
cli-history-line = { $count ->
    [one] 1 Zahlung
   *[other] { $count } Zahlungen
} vom { $from } bis { $to }; Summen: { $totals }
cli-test-webhook = Test-Webhook angefordert: { $said }
