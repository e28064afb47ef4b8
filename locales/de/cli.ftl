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

## Fehler: die Zeile auf stderr (`--json` bleibt englisch).
cli-error = Fehler: { $text }
cli-cannot-start = Start nicht möglich: { $error }
cli-error-create-uncertain =
    { $error }
    die Zahlung wurde vielleicht trotzdem erstellt: vor einem neuen Versuch `luxpay list` prüfen
cli-error-amount-changed = Luxfin hat diesen Link über { $made } erstellt, nicht über { $asked }: nicht dem Kunden zeigen. Es ist Bestellung { $order_id } ({ $order_url }), im Journal als für einen anderen Betrag erstellt gespeichert
cli-error-shared = das gemeinsame Journal: { $error }
cli-error-closed-pipe = die Ausgabe wurde geschlossen
cli-error-tampered = die Kette der Z-Berichte ist gebrochen: { $broken }
cli-error-refused = abgelehnt: { $reason }
cli-tip-refused = --tip: { $error }
cli-bad-amount = { $option } { $typed }: { $error }
cli-tendered-short = --tendered { $given } ist weniger als die Summe { $total }: mindestens die Summe annehmen

## Was die Bücher ablehnen, und die Z-Berichte des Ladens.
cli-reason-empty = --reason ist leer: den Grund in wenigen Worten angeben (er wird mit dem Vorgang gespeichert)
cli-no-z-yet = Kasse { $till } hat noch keinen Z-Bericht: `luxpay close --counted …` erstellt einen
cli-no-z = Kasse { $till } hat keinen Z-Bericht { $number }
cli-nothing-to-close = an Kasse { $till } ist keine Schicht offen: nichts abzuschließen
cli-shop-z-line = { $till } Z { $number } brutto { $gross } Kassenlade { $difference } { $currency }
cli-shop-z-sum = { $count ->
    [one] Der 1 Z-Bericht vom { $date }:
   *[other] Summe der { $count } Z-Berichte vom { $date }:
}
cli-shop-z-totals = { $currency }: { $sales ->
    [one] 1 Verkauf
   *[other] { $sales } Verkäufe
}, brutto { $gross }, Trinkgeld { $tips }, Stornos { $voids } ({ $voided }), Erstattungen { $refunds } ({ $refunded }), netto { $net }
cli-shop-z-drawers = Kassenladen ({ $currency }): erwartet { $expected }, gezählt { $counted }, Differenz { $difference }

## Der Rückstand dieser Kasse geht an das Journal des Ladens: eine Zeile auf stderr.
cli-backlog-now = Rückstand dieser Kasse
cli-backlog-first = zuerst der Rückstand dieser Kasse
cli-backlog-progress = Senden an das Journal des Ladens ({ $what }): { $payments } von { $payments_waiting } Zahlungen, { $events } von { $events_waiting } Statusereignissen, { $books } von { $books_waiting } Buchungen

## Personal und PINs auf der Kommandozeile.
cli-stdin-pin-unread = die PIN ist von der Standardeingabe nicht lesbar: { $error }
cli-stdin-new-pin-unread = die neue PIN ist von der Standardeingabe nicht lesbar: { $error }
cli-stdin-ended-pin = die Standardeingabe endete, bevor die PIN kam
cli-stdin-ended-new-pin = die Standardeingabe endete, bevor die neue PIN kam
cli-pin-not-asked = die PIN kann am Terminal nicht abgefragt werden: { $error }
cli-new-pin-refused = die neue PIN für { $name }: { $error }
cli-staff-bad-name = der Name { $name } geht nicht: 1 bis { $max } druckbare Zeichen angeben
cli-staff-first-manager = die erste Person muss zur Leitung gehören (--role manager): { $name } wäre Kassierer, ohne jemanden, der etwas freigibt
cli-staff-nobody = es ist kein Personal eingetragen: zuerst `luxpay staff add NAME --role manager`

## ledger import, check, recover, sync
cli-ledger-io = das Journal { $path }: { $error }
cli-importing = Import von { $file }…
cli-imported = { $payments ->
    [one] 1 Zahlung
   *[other] { $payments } Zahlungen
} und { $events ->
    [one] 1 Statusereignis
   *[other] { $events } Statusereignisse
} aus { $file } in { $ledger } importiert
cli-imported-skipped = { $count ->
    [one] 1 unlesbare Zeile übersprungen
   *[other] { $count } unlesbare Zeilen übersprungen
}, alle anderen Einträge sind intakt
cli-check-ledger = Journal
cli-check-integrity = Integrität
cli-check-payments = Zahlungen
cli-check-status-events = Statusereignisse
cli-check-open-intents = offene Vorgänge
cli-check-schema = Schema
cli-check-size = Größe
cli-check-ok = ok
cli-check-damaged = BESCHÄDIGT
cli-ledger-damaged = das Journal { $path } ist beschädigt: eine Kopie aufbewahren und es mit `sqlite3 { $path } .recover | sqlite3 recovered.db` wiederherstellen
cli-nothing-to-recover = Kein Verkauf ist offen geblieben: nichts wiederherzustellen
cli-no-shared-ledger = kein gemeinsames Journal: ledger_url in { $config } (oder --ledger-url, LUXPAY_LEDGER_URL) auf eine postgres://-URL setzen
cli-synced = { $payments ->
    [one] 1 Zahlung
   *[other] { $payments } Zahlungen
}, { $events ->
    [one] 1 Statusereignis
   *[other] { $events } Statusereignisse
} und { $books ->
    [one] 1 Buchung oder Z-Bericht
   *[other] { $books } Buchungen oder Z-Berichte
} an das gemeinsame Journal gesendet ({ $shared }, { $encrypted ->
    [yes] verschlüsselt
   *[no] unverschlüsselt
}); { $waiting } warten
cli-sync-conflicts = { $count ->
    [one] 1 Verkauf von Kasse { $till } hat eine Bestellnummer
   *[other] { $count } Verkäufe von Kasse { $till } haben eine Bestellnummer
}, die das gemeinsame Journal für einen anderen Verkauf führt: sie werden getrennt gehalten (Tabelle luxpay_conflicts), nicht als der andere gezählt. Das passiert bei zwei Kassen an zwei Demo-APIs: einen `luxpay demo-server` gemeinsam nutzen.

## export, summary, list, history, webhook
cli-shop-needs-ledger = --shop braucht das gemeinsame Journal des Ladens: ledger_url in { $config } setzen (oder --ledger-url, LUXPAY_LEDGER_URL)
cli-latest-not-sent = die letzten Verkäufe dieser Kasse ließen sich nicht vorher senden: { $error }
cli-from-after-to = --from { $from } liegt nach --to { $to }: den früheren Tag zuerst angeben
cli-from-and-to = --from und --to beide angeben oder keines
cli-export-stopped = nach { $count } Bestellungen angehalten; für einen Zeitraum --from und --to angeben
cli-cannot-write = { $path } ist nicht schreibbar: { $error }
cli-file-exists = { $path } gibt es schon: einen anderen Namen wählen oder die Datei zuerst löschen
cli-wrote-stdout = { $count ->
    [one] 1 Zahlung
   *[other] { $count } Zahlungen
} auf stdout geschrieben
cli-wrote-file = { $count ->
    [one] 1 Zahlung
   *[other] { $count } Zahlungen
} in { $path } geschrieben
cli-shop-not-asked = das Journal des Ladens wurde nicht gefragt ({ $error })
cli-summary-whole-shop = Der ganze Laden, alle Kassen, aus dem gemeinsamen Journal
cli-summary-no-key = kein API-Schlüssel: nur das Journal dieser Kasse wurde summiert
cli-other-tills-unknown = Bestellungen, die auf dem Server, aber nicht hier sind, ließen sich im Journal des Ladens nicht nachschlagen ({ $error }): sie stehen als Abweichungen da
cli-summary-checking = offene Zahlungen werden beim Server geprüft
cli-column-when = WANN
cli-column-id = ID
cli-column-status = STATUS
cli-column-amount = BETRAG
cli-column-customer = KUNDE
cli-column-product = PRODUKT
cli-no-api-secret = kein API-Secret, um Webhook-Signaturen zu prüfen: --api-secret-file PFAD angeben, LUXFIN_API_SECRET setzen oder api_secret in { $config } eintragen
cli-webhook-receiving = luxpay: empfängt Webhooks auf { $url } (SIGTERM oder Strg+C beendet)

## doctor: eine Bezeichnung und ihr Wert pro Zeile; die Bezeichnungen stehen bündig.
doctor-title = luxpay { $version } doctor
doctor-title-demo = luxpay { $version } doctor (DEMO-API)
doctor-configuration = Konfiguration
doctor-config-file = Konfigdatei
doctor-config-not-found = nicht gefunden: Standardwerte aktiv
doctor-data-dir = Datenordner
doctor-logs = Protokolle
doctor-logs-kept = { $dir } (luxpay.DATUM.log, 7 Tage aufbewahrt)
doctor-ledger = Journal
doctor-ledger-stats = { $path } ({ $payments ->
    [one] 1 Zahlung
   *[other] { $payments } Zahlungen
}, { $size }, Schema { $schema }{ $in_flight })
doctor-in-flight = { $count ->
    [one] 1 Verkauf in der Schwebe
   *[other] { $count } Verkäufe in der Schwebe
}: `luxpay ledger recover` ausführen
doctor-ledger-unread = { $path } (nicht lesbar: { $error })
doctor-till = Kasse
doctor-till-operator = { $till } (Bediener { $operator })
doctor-shared-ledger = gem. Journal
doctor-backlog = { $payments ->
    [one] 1 Zahlung
   *[other] { $payments } Zahlungen
} und { $events ->
    [one] 1 Statusereignis
   *[other] { $events } Statusereignisse
} zu senden, zuletzt gesendet { $last }
doctor-never = nie
doctor-backlog-unknown = Rückstand unbekannt
doctor-reached = erreicht: Schema { $schema }, { $encrypted }, Datenbank { $identity }
doctor-over-tls = über TLS
doctor-not-encrypted = unverschlüsselt
doctor-conflicts = { $count ->
    [one] 1 Verkauf dieser Kasse kollidiert
   *[other] { $count } Verkäufe dieser Kasse kollidieren
} mit der Bestellnummer eines anderen Verkaufs (Tabelle luxpay_conflicts)
doctor-unreached = nicht erreichbar: { $error }
doctor-printer = Drucker
doctor-mirror-socket = Spiegel-Socket
doctor-base-url = Basis-URL
doctor-api-key = API-Schlüssel
doctor-timeout = Zeitlimit
doctor-seconds = { $seconds } s
doctor-warning = Warnung
doctor-api = API
doctor-api-ok = ok: der Schlüssel wurde angenommen (GET /payments hat geantwortet)
doctor-not-checked = nicht geprüft: { $error }
doctor-failed = FEHLGESCHLAGEN: { $error }
doctor-terminal = Terminal
doctor-term = TERM
doctor-not-set = nicht gesetzt
doctor-colours = Farben
doctor-size = Größe
doctor-size-unknown = unbekannt (kein Terminal)
doctor-ssh = SSH
doctor-tmux = tmux
doctor-screen = GNU screen
doctor-display = Anzeige
doctor-copy-goes-to = Kopie geht an
doctor-yes = ja
doctor-no = nein
doctor-sample-not-drawn = Beispiel-QR-Code: nicht gezeichnet, stdout ist kein Terminal
doctor-sample = Beispiel-QR-Code: mit einem Handy scannen; er sollte { $sample } ergeben
doctor-sample-failed = nicht zeichenbar: { $error }
cli-mirror-needs-terminal = luxpay mirror zeichnet auf einem Terminal: im Terminal starten, das der Kunde sieht
cli-demo-with-shared-ledger = --demo mit gemeinsamem Journal (ledger_url): jede eingebaute Demo-API zählt ihre Bestellungen ab 1, zwei Kassen würden also dieselben Bestellnummern vergeben. Stattdessen einen `luxpay demo-server` starten und jede Kasse mit --base-url darauf zeigen lassen
cli-demo-not-started = die Demo-API lässt sich nicht starten: { $error }
cli-cannot-listen = auf { $addr } kann nicht gelauscht werden: { $error }
cli-cash-unrecorded = der Barverkauf wurde nicht gespeichert: { $error }

## doctor: the terminal's colours, where a copy goes, the printer
termenv-colours-none = keine (NO_COLOR ist gesetzt; QR-Codes bleiben schwarz auf weiß)
termenv-colours-24bit = 24 Bit
termenv-colours-256 = 256
termenv-colours-unknown = unbekannt (TERM ist nicht gesetzt oder dumb)
termenv-colours-16 = 16 oder mehr (TERM nennt kein 256color)
clipboard-route-system = die System-Zwischenablage (sonst OSC 52, wenn sie nicht erreichbar ist)
clipboard-route-osc52 = die Terminal-Zwischenablage über OSC 52 (in tmux braucht es `set -g set-clipboard on`)
clipboard-route-osc52-tmux = die Terminal-Zwischenablage über OSC 52, durch tmux gereicht
clipboard-route-osc52-screen = die Terminal-Zwischenablage über OSC 52, durch GNU screen
clipboard-route-off = nirgends (clipboard = "off")
doctor-printer-native-qr = QR vom Drucker
doctor-printer-raster-qr = QR als Rastergrafik
doctor-printer-line = { $target } ({ $width } mm, { $qr }, Text in { $codepage }{ $on_paid ->
    [yes] , Beleg bei Zahlung
   *[no] {""}
})
