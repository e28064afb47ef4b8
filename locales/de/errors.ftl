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
