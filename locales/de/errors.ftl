# Was schiefging und was zu tun ist: die Luxfin-API und das Netz.

net-refused = Verbindung zu { $host } abgelehnt: Basis-URL prüfen und ob der Dienst läuft
net-dns = { $host } kann nicht aufgelöst werden: Basis-URL, Netzwerk und DNS dieses Rechners prüfen
net-unreachable = keine Verbindung zu { $host } in der Zeit: Netzwerk und Basis-URL prüfen
net-reset = die Verbindung zu { $host } wurde unterbrochen: Netzwerk prüfen und erneut versuchen
net-other = keine Verbindung mit { $host } ({ $detail }): Netzwerk prüfen und erneut versuchen
api-timeout = die Luxfin-API hat nicht innerhalb von { $seconds } s geantwortet: erneut versuchen oder --timeout erhöhen
api-unauthorized = der API-Schlüssel wurde abgelehnt (401): API-Schlüssel prüfen (--api-key-file, LUXFIN_API_KEY oder api_key in config.toml)
api-unauthorized-said = der API-Schlüssel wurde abgelehnt (401: { $message }): API-Schlüssel prüfen (--api-key-file, LUXFIN_API_KEY oder api_key in config.toml)
api-rejected = die Luxfin-API hat die Anfrage abgelehnt ({ $status }): { $message }
api-redirect = die API antwortete mit einer Weiterleitung ({ $status }) nach { $location }; luxpay folgt keinen Weiterleitungen: Basis-URL prüfen
api-server = Fehler bei der Luxfin-API ({ $status }): { $message }; gleich noch einmal versuchen
api-invalid = die Luxfin-API hat eine Antwort geschickt, mit der luxpay nichts anfangen kann: { $why }

# Die Kassenbücher: warum ein Vorgang abgelehnt wurde, und was verify gefunden hat.
books-shift-open = an Kasse { $till } ist seit { $since } UTC eine Schicht offen: um das Wechselgeld aufzustocken, Bargeld einlegen; für eine neue Schicht zuerst abschließen (Z)
books-no-order = ein Storno oder eine Erstattung braucht die Bestellung
books-not-in-ledger = Bestellung { $order } ist nicht im Kassenbuch dieser Kasse
books-voided-already = Bestellung { $order } ist bereits storniert
books-void-not-pending = Bestellung { $order } ist { $status }: nur ein offener Link kann storniert werden; stattdessen erstatten (luxpay refund { $order } --tender cash|other --reason …)
books-refund-voided = Bestellung { $order } ist storniert: sie wurde nie bezahlt, es gibt nichts zu erstatten
books-refund-not-paid = Bestellung { $order } ist { $status }: nur eine bezahlte Bestellung kann erstattet werden
books-refunded-in-full = Bestellung { $order } ist bereits vollständig erstattet
books-refund-at-most = für Bestellung { $order } können höchstens { $left } erstattet werden ({ $paid } bezahlt, { $refunded } bereits erstattet)
books-cash-other-currency = die Kassenlade zählt nur { $drawer }: Bargeld in { $asked } würde bei keiner Zählung erfasst. In { $drawer } kassieren oder mit Karte oder Link
books-refund-other-currency = die Kassenlade zählt nur { $drawer }: { $asked } in bar kann nicht aus ihr kommen. Anders erstatten (Zahlweg: anders)
books-move-other-currency = die Kassenlade zählt nur { $drawer }: { $asked } kann weder hinein noch heraus
verify-missing = Kasse { $till }: Z { $number } fehlt
verify-does-not-follow = Kasse { $till }: Z { $number } folgt nicht auf Z { $previous } (sein prev_hash stimmt nicht)
verify-changed = Kasse { $till }: Z { $number } passt nicht zu seinen Vorgängen oder seinem Bericht: in seinem Zeitraum wurde etwas geändert, hinzugefügt oder gelöscht
verify-kept-columns = Kasse { $till }: Status oder Storno von Bestellung { $order } passen nicht zu ihren Vorgängen: die Tabelle payments wurde bearbeitet

# Die Konfiguration: was die Prüfung eines Werts sagt, bleibt englisch.
config-invalid = { $path } ist ungültig: { $message }
config-missing-key = kein API-Schlüssel: in eine Datei legen und --api-key-file PFAD angeben, LUXFIN_API_KEY setzen oder api_key in { $path } eintragen; oder luxpay mit --demo testen, das keinen Schlüssel braucht

# Warum eine PIN nicht angenommen wurde: PIN-Bildschirm und Kommandozeile.
staff-unknown = { $name } gehört nicht zum Personal: --operator NAME einer Leitungsperson angeben
staff-wrong-pin = falsche PIN für { $name } ({ $left ->
    [one] noch 1 falsche PIN sperrt
   *[other] noch { $left } falsche PINs sperren
} den Namen für 5 Minuten)
staff-not-manager = { $name } ist Kassierer: dafür braucht es die Leitung (--operator NAME einer Leitungsperson und deren PIN)
staff-locked-out = { $name } ist nach { $failures } falschen PINs gesperrt: erneut versuchen nach { $until } (UTC)
staff-no-pin = dafür braucht es die PIN einer Leitungsperson, und es gibt kein Terminal, um sie abzufragen: --pin-stdin angeben und die PIN in der ersten Zeile der Standardeingabe übergeben
staff-pin-shape = eine PIN hat 4 bis 8 Ziffern (0-9), sonst nichts
staff-pin-mismatch = die beiden PINs sind verschieden
cannot-read = { $path } ist nicht lesbar: { $error }

# Woher der API-Schlüssel kommt (doctor).
key-from-env = die Umgebungsvariable LUXFIN_API_KEY
key-from-config = api_key in { $path }
key-demo = keiner nötig (Demo-API)
key-none = kein Schlüssel gefunden
