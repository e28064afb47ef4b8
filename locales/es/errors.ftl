# Qué salió mal y qué hacer: la API de Luxfin y la red.

net-refused = conexión con { $host } rechazada: revise la URL base y que el servicio esté en marcha
net-dns = no se puede resolver { $host }: revise la URL base, la red y el DNS de este equipo
net-unreachable = no se pudo conectar con { $host } a tiempo: revise la red y la URL base
net-reset = se cortó la conexión con { $host }: revise la red y vuelva a intentarlo
net-other = no se puede hablar con { $host } ({ $detail }): revise la red y vuelva a intentarlo
api-timeout = la API de Luxfin no respondió en { $seconds } s: vuelva a intentarlo o aumente --timeout
api-unauthorized = la clave de API fue rechazada (401): revise su clave de API (--api-key-file, LUXFIN_API_KEY o api_key en config.toml)
api-unauthorized-said = la clave de API fue rechazada (401: { $message }): revise su clave de API (--api-key-file, LUXFIN_API_KEY o api_key en config.toml)
api-rejected = la API de Luxfin rechazó la solicitud ({ $status }): { $message }
api-redirect = la API respondió con una redirección ({ $status }) a { $location }; luxpay no sigue redirecciones: revise la URL base
api-server = la API de Luxfin falló ({ $status }): { $message }; vuelva a intentarlo en un momento
api-invalid = la API de Luxfin envió una respuesta que luxpay no puede usar: { $why }
