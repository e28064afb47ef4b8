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

# Los libros: por qué se rechazó una operación y qué encontró verify.
books-shift-open = hay un turno abierto en la caja { $till } desde { $since } UTC: para aumentar su fondo, ingrese efectivo en el cajón; para empezar otro, ciérrelo primero (Z)
books-no-order = una anulación o devolución indica su pedido
books-not-in-ledger = el pedido { $order } no está en el registro de esta caja
books-voided-already = el pedido { $order } ya está anulado
books-void-not-pending = el pedido { $order } está { $status }: solo se puede anular un enlace pendiente; devuélvalo en su lugar (luxpay refund { $order } --tender cash|other --reason …)
books-refund-voided = el pedido { $order } está anulado: nunca se pagó, no hay nada que devolver
books-refund-not-paid = el pedido { $order } está { $status }: solo se puede devolver un pedido pagado
books-refunded-in-full = el pedido { $order } ya está devuelto por completo
books-refund-at-most = como máximo se pueden devolver { $left } del pedido { $order } ({ $paid } pagado, { $refunded } ya devuelto)
verify-missing = caja { $till }: falta el Z { $number }
verify-does-not-follow = caja { $till }: el Z { $number } no sigue al Z { $previous } (su prev_hash no coincide)
verify-changed = caja { $till }: el Z { $number } no coincide con sus operaciones o su informe: algo de su periodo se cambió, añadió o borró
verify-kept-columns = caja { $till }: el estado o la anulación del pedido { $order } no coincide con sus eventos: se editó la tabla payments
