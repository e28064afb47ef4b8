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
verify-missing = Kasse { $till }: Z { $number } fehlt
verify-does-not-follow = Kasse { $till }: Z { $number } folgt nicht auf Z { $previous } (sein prev_hash stimmt nicht)
verify-changed = Kasse { $till }: Z { $number } passt nicht zu seinen Vorgängen oder seinem Bericht: in seinem Zeitraum wurde etwas geändert, hinzugefügt oder gelöscht
verify-kept-columns = Kasse { $till }: Status oder Storno von Bestellung { $order } passen nicht zu ihren Vorgängen: die Tabelle payments wurde bearbeitet
