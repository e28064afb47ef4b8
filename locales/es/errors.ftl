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
books-cash-other-currency = el cajón solo cuenta { $drawer }: el efectivo en { $asked } no entraría en ningún arqueo. Cobre en { $drawer }, o con tarjeta o enlace
books-refund-other-currency = el cajón solo cuenta { $drawer }: no puede salir de él efectivo en { $asked }. Devuélvalo de otra forma (forma de pago: otra)
books-move-other-currency = el cajón solo cuenta { $drawer }: no puede entrar ni salir de él efectivo en { $asked }
verify-missing = caja { $till }: falta el Z { $number }
verify-does-not-follow = caja { $till }: el Z { $number } no sigue al Z { $previous } (su prev_hash no coincide)
verify-changed = caja { $till }: el Z { $number } no coincide con sus operaciones o su informe: algo de su periodo se cambió, añadió o borró
verify-kept-columns = caja { $till }: el estado o la anulación del pedido { $order } no coincide con sus eventos: se editó la tabla payments

# La configuración: lo que dicen las comprobaciones de un valor sigue en inglés.
config-invalid = { $path } no es válido: { $message }
config-missing-key = no hay clave de API: guárdala en un archivo y pasa --api-key-file RUTA, define LUXFIN_API_KEY o añade api_key a { $path }; o prueba luxpay con --demo, que no necesita clave

# Por qué no se aceptó un PIN: la pantalla del PIN y la línea de comandos.
staff-unknown = { $name } no está en el personal: pasa --operator NOMBRE de un encargado
staff-wrong-pin = PIN incorrecto para { $name } ({ $left ->
    [one] 1 PIN incorrecto más bloquea
   *[other] { $left } PIN incorrectos más bloquean
} el nombre 5 minutos)
staff-not-manager = { $name } es cajero: esto necesita un encargado (--operator NOMBRE de un encargado, y su PIN)
staff-locked-out = { $name } está bloqueado tras { $failures } PIN incorrectos: vuelve a intentarlo después de { $until } (UTC)
staff-no-pin = esto necesita el PIN de un encargado y no hay terminal donde pedirlo: pasa --pin-stdin y da el PIN en la primera línea de la entrada estándar
staff-pin-shape = un PIN tiene de 4 a 8 dígitos (0-9), nada más
staff-pin-mismatch = los dos PIN no coinciden
cannot-read = no se puede leer { $path }: { $error }

# De dónde viene la clave de API (doctor).
key-from-env = la variable de entorno LUXFIN_API_KEY
key-from-config = api_key en { $path }
key-demo = no hace falta (API de demo)
key-none = no se encontró ninguna clave
