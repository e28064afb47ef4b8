# Ce qui n'a pas marché, et que faire : l'API Luxfin et le réseau.

net-refused = connexion à { $host } refusée : vérifiez l'URL de base et que le service tourne
net-dns = impossible de résoudre { $host } : vérifiez l'URL de base, le réseau et le DNS de cette machine
net-unreachable = pas de connexion à { $host } à temps : vérifiez le réseau et l'URL de base
net-reset = la connexion à { $host } a été coupée : vérifiez le réseau et réessayez
net-other = impossible de joindre { $host } ({ $detail }) : vérifiez le réseau et réessayez
api-timeout = l'API Luxfin n'a pas répondu en { $seconds } s : réessayez, ou augmentez --timeout
api-unauthorized = la clé d'API a été refusée (401) : vérifiez votre clé d'API (--api-key-file, LUXFIN_API_KEY ou api_key dans config.toml)
api-unauthorized-said = la clé d'API a été refusée (401 : { $message }) : vérifiez votre clé d'API (--api-key-file, LUXFIN_API_KEY ou api_key dans config.toml)
api-rejected = l'API Luxfin a refusé la demande ({ $status }) : { $message }
api-redirect = l'API a répondu par une redirection ({ $status }) vers { $location } ; luxpay ne suit pas les redirections : vérifiez l'URL de base
api-server = l'API Luxfin a échoué ({ $status }) : { $message } ; réessayez dans un instant
api-invalid = l'API Luxfin a envoyé une réponse que luxpay ne peut pas utiliser : { $why }
