# What the app says as it works: notices, the status line, questions, the form's checks.

## The amount a person types (the form, the books' questions, tips, the CLI's options).
money-enter-amount = introduce un importe, p. ej. 12,50
money-number-only = escribe solo el número; la moneda se elige aparte
money-more-than-zero = el importe debe ser mayor que cero
money-not-a-number = { $typed } no es un número: escribe cifras y un solo separador decimal, p. ej. 12,50
money-too-large = { $typed } es demasiado grande para un importe
money-two-decimals = usa como mucho dos decimales, p. ej. 12,50
money-above-limit = el importe supera el límite de { $limit }; si es correcto, sube max_amount en el archivo de configuración
money-ambiguous = { $typed } puede ser { $thousands } o { $decimals }: escribe { $thousands } (miles) o { $decimals } (decimales)
money-ambiguous-three-places = { $typed } puede ser { $thousands } (miles), pero como decimales tiene tres cifras: escribe { $thousands }, o usa como mucho dos decimales

## A tip as typed (the tip screen, create --tip): the CLI puts -- before these.
tip-not-a-percent = propina { $typed } no es un porcentaje: escribe un número, p. ej. 15
tip-out-of-range = propina { $typed } no vale: de 0 a 100, p. ej. 15
tip-amount-error = propina { $error }; o un porcentaje, p. ej. 15 %
tip-amount-error-quoted = propina { $typed }: { $error }; o un porcentaje, p. ej. 15 %

## Typed text that would look like something else (email, product, redirect URL).
text-invisible-char = contiene un carácter invisible o que cambia la dirección del texto (U+{ $code }): escríbelo de nuevo
text-combining-pile = contiene una pila de marcas combinadas: escríbelo de nuevo

## The checks of the other fields of a sale (the form, create's options).
check-email-empty = introduce el correo del cliente, p. ej. ana@example.com
check-email-invalid = { $typed } no es una dirección de correo; escribe una como ana@example.com
check-product-empty = indica qué se vende, p. ej. «Café en grano 1 kg»
check-product-too-long = tiene { $count } caracteres; acórtalo a { $most } o menos
check-product-controls = quita los caracteres de control (tabuladores, escapes)
check-url-too-long = tiene { $count } caracteres; usa una de { $most } o menos
check-url-invalid = no es una URL ({ $error }); escribe una como https://shop.example/gracias o déjalo vacío
check-url-scheme = debe empezar por https:// (o http://) e indicar un host
check-url-credentials = no debe llevar usuario ni contraseña (user:pw@): el pagador los vería
check-currency-usd-only = { $method } solo acepta USD; elige USD o paga con tarjeta en { $currency }
check-tip-above-limit = con esta propina el importe es { $amount }, por encima del límite de { $limit }

## Making a payment link.
app-fields-need-fixing = { $count ->
    [one] { $count } campo por corregir: no se envió nada
   *[other] { $count } campos por corregir: no se envió nada
}
app-stopped-waiting = Se dejó de esperar. Si Luxfin crea el enlace igualmente, aparecerá en el historial (Ctrl+P).
app-other-amount-not-shown = El pedido { $order_id } se creó por otro importe: no se muestra
app-link-created = Enlace de pago creado: pedido { $order_id }
# Follows another notice after " · ".
app-shift-opened-zero = se abrió un turno con un fondo de 0 (i en el Resumen anota el fondo)
# Follows the API's error and ". ".
app-create-may-exist = El pago puede existir igualmente: compruébalo antes de reintentar.
app-link-not-created = No se creó el enlace de pago
app-stopped-did-create = La solicitud detenida sí creó el pedido { $order_id }: está en el historial
app-not-in-ledger-retrying = El pedido { $order_id } es válido, pero no se pudo escribir en el registro: { $error }; reintentando

## The books: cash sales, the drawer, voids, refunds, the shift.
books-ask-cash = Efectivo
books-ask-cash-under = Total { $total }: importe entregado (solo Intro: sin cambio)
books-ask-float = Abrir el turno
books-ask-float-under = El fondo: efectivo en el cajón ahora
books-ask-cash-in = Entrada de caja
books-ask-cash-in-under = Efectivo metido en el cajón, y por qué
books-ask-cash-out = Salida de caja
books-ask-cash-out-under = Efectivo sacado del cajón, y por qué
books-ask-void = Anular el pedido { $order_id }
# $sale: the sale's money and product, "7.50 USD · Latte".
books-ask-void-under = { $sale }: ¿por qué? (el cliente aún puede pagarlo)
books-ask-refund = Reembolsar el pedido { $order_id }
books-ask-refund-under = { $sale }: importe (vacío: todo lo que queda), medio, motivo
books-ask-close = Cerrar el turno (Z)
books-ask-close-under = El efectivo contado en el cajón
books-offline-not-sent = Sin conexión: Luxfin no responde, no se envió ningún enlace. El efectivo sigue (Ctrl+T); Intro reintenta Luxfin en { $seconds } s
app-voided-already = El pedido { $order_id } ya está anulado
books-only-pending-voided = El pedido { $order_id } está { $status }: solo se anula un enlace pendiente; m lo reembolsa
books-only-paid-refunded = El pedido { $order_id } está { $status }: solo se reembolsa una venta pagada
books-only-paid-refunded-pending = El pedido { $order_id } está { $status }: solo se reembolsa una venta pagada; x anula un enlace pendiente
books-type-amount = Escribe el importe
books-type-count = Escribe el importe (0 si el cajón está vacío)
books-say-why = Di por qué, en pocas palabras: se guarda con el movimiento
books-out-more-than-held = El cajón solo debería tener { $held }: revisa el importe, o pulsa Intro otra vez para sacar { $amount } de todos modos
books-less-than-total = { $given } es menos que el total { $total }
books-cash-not-recorded = La venta en efectivo no se registró: { $error }. No se cobró nada: inténtalo de nuevo
books-cash-sale-paid = Venta en efectivo { $order_id } PAGADA: { $money }
# Follows the cash sale's notice after " · ".
books-change = cambio { $change }
books-not-written = No guardado: { $reason }
books-shift-opened = Turno abierto con un fondo de { $money }
books-cash-put-in = { $money } metido en el cajón
books-cash-taken-out = { $money } sacado del cajón
books-voided = Pedido { $order_id } anulado: si el cliente lo paga igualmente, luxpay dice PAGADO TRAS ANULAR
books-refunded = Reembolsado { $money } del pedido { $order_id } ({ $tender })
books-tender-cash = efectivo
books-tender-other = otro
# Follows a book event's notice after " · ".
books-shift-opened-for-it = se abrió un turno para ello con un fondo de 0
books-z-closed = El Z { $number } cerró el turno; la próxima venta abre uno nuevo
books-shift-not-closed = No se cerró el turno: { $error }
app-paid-after-void = PAGADO TRAS ANULAR: el pedido { $order_id } ({ $money }) se anuló a las { $time } y se pagó igualmente. Cuenta como pagado: reembolsa al cliente (m) o mantén la venta.

## The history views.
# What a manager approves (shown on the PIN screen, and in "…: not done").
app-export-view = Exportar la vista
app-shift-keys-in-summary = Las teclas del turno (s i o Z) funcionan en el Resumen: v hasta que aparezca
app-exporting = Exportando…
app-export-server-not-yet = Nada que exportar aún: la lista del servidor no ha llegado
app-export-shop-not-yet = Nada que exportar aún: los pagos de la tienda no han llegado
app-exporting-rows = { $count ->
    [one] Exportando { $count } fila…
   *[other] Exportando { $count } filas…
}
app-ledger-not-read = No se pudo leer el registro: { $error }
app-no-link-recovered = No hay enlace que copiar: esta venta se recuperó y la lista de Luxfin no da enlaces
app-range-backwards = { $from } es posterior a { $to }: primero el día anterior

## Keys, copying, quitting, and what the effects report back.
app-no-link-to-copy = No hay enlace que copiar ni mostrar: el efectivo se paga en caja y un enlace anulado no se vuelve a mostrar
app-wrong-amount = Este enlace se creó por otro importe: no se lo muestres al cliente
app-quit-creating = Se está creando un enlace de pago
app-quit-unrecorded = { $count ->
    [one] { $count } enlace aún no está en el registro (el log lo tiene)
   *[other] { $count } enlaces aún no están en el registro (el log los tiene)
}
# $why: one of the two above.
app-quit-anyway = { $why }: pulsa Ctrl+C otra vez para salir igualmente
app-copy-off-config = Copiar está desactivado (clipboard = "off" en config.toml)
app-copied-system = Enlace copiado al portapapeles del sistema
app-copied-osc52 = Enlace enviado al portapapeles del terminal (OSC 52)
app-copy-off = Copiar está desactivado
app-copy-failed = No se pudo copiar: { $reason }. El enlace está en pantalla para escribirlo.
app-ledger-not-written = No se pudo escribir el registro: { $error }
app-exported = Exportado a { $path }
app-export-failed = Falló la exportación: { $error }
app-warning = Aviso: { $text }
# $event: the hook's name in the config file (on_paid…).
app-hook-failed = { $reason }; los siguientes fallos de { $event } solo van al log
app-printed-report = Informe impreso
app-not-printed = No impreso: { $reason }

## The ledger at start, and sales an earlier run left in flight.
app-ledger-not-opened = No se pudo abrir el registro: { $error }
# $message: what recovery found (the sale-… messages, joined by "; ").
app-ledger-says = Registro: { $message }
sale-recovered = { $count ->
    [one] recuperada { $count } venta cuya respuesta se perdió: el pedido { $orders } ya está en el registro
   *[other] recuperadas { $count } ventas cuya respuesta se perdió: los pedidos { $orders } ya están en el registro
}
sale-not-created = { $count ->
    [one] { $count } venta interrumpida no se creó en Luxfin
   *[other] { $count } ventas interrumpidas no se crearon en Luxfin
}
sale-in-flight = { $count ->
    [one] { $count } venta puede seguir en curso: `luxpay ledger recover` vuelve a mirar más tarde
   *[other] { $count } ventas pueden seguir en curso: `luxpay ledger recover` vuelve a mirar más tarde
}

## Printing slips and receipts.
app-no-printer = No hay impresora: configura printer en config.toml (ver el README, «Receipt printer»)
app-no-link-to-print = El pedido { $order_id } no tiene enlace que imprimir
app-expired-nothing-to-print = Pedido { $order_id } caducado: g crea un enlace nuevo para imprimir
# $paper: "slip" (the code, while it waits) or "receipt" (once paid).
app-printing = { $paper ->
    [receipt] Imprimiendo el recibo del pedido { $order_id }…
   *[slip] Imprimiendo el ticket del pedido { $order_id }…
}
app-printed = { $paper ->
    [receipt] Recibo del pedido { $order_id } impreso
   *[slip] Ticket del pedido { $order_id } impreso
}
# Follows the PAID notice after " · ".
app-receipt-printed = recibo impreso
app-not-printed-retry = No impreso: { $reason } — p para reintentar

## Following payments.
app-key-refused = se rechazó la clave de la API
app-paid-is-final = El pedido { $order_id } está PAGADO: es definitivo, nada que comprobar
app-checking = Comprobando el pedido { $order_id }…
app-status-unknown = Pedido { $order_id }: estado desconocido: { $error }
# $status: the status with how long it has waited ("PENDING 1:42").
app-checked-just-now = Pedido { $order_id }: { $status }, comprobado ahora mismo
# How the app knows the PAID notice: app-order-paid-money starts with it.
app-order-paid = El pedido { $order_id } está PAGADO
app-order-paid-money = El pedido { $order_id } está PAGADO: { $money }
app-order-expired = Pedido { $order_id } CADUCADO: pulsa g para un enlace nuevo
# A waiting payment in a list, in whole minutes.
app-pending-minutes = PENDIENTE { $minutes } min
# A waiting payment with how long it has waited (1:42).
app-pending-clock = PENDIENTE { $clock }

## Staff and the lock.
app-staff-not-read = No se pudo leer la lista del personal: { $error }. Ctrl+C sale; vuelve a iniciar luxpay.
app-no-staff-to-lock = No hay nadie en el personal, así que no hay PIN para bloquear (luxpay staff add)
# $role: "manager" or "cashier".
app-open-for = Abierto para { $name } ({ $role ->
    [manager] encargado
   *[cashier] cajero
})
app-no-manager = Esto necesita un encargado y no hay ninguno en el personal
# $what: what waited for approval ("Export the view", "Close the shift (Z)").
app-not-approved = { $what }: no se hizo (ningún encargado lo aprobó)

## Links not yet in the ledger.
app-in-ledger-now = El pedido { $order_id } ya está en el registro
# The title bar's warning.
app-unrecorded-banner = { $count ->
    [one] { $count } enlace NO está en el registro: reintentando
   *[other] { $count } enlaces NO están en el registro: reintentando
}

## The duplicate and large-amount questions, the catalogue, tips.
app-nothing-sent = No se envió nada
# $key: the function key's number (F5 → 5).
app-no-catalogue-key = F{ $key } no tiene artículo del catálogo ([[catalogue]] key = "F{ $key }")
app-catalogue-empty = El catálogo está vacío: añade artículos [[catalogue]] al archivo de configuración
app-no-tip-preset = no hay preajuste { $number }

# El nombre de un campo en los mensajes.
field-amount = importe
field-customer = email del cliente
field-product = producto
field-redirect-url = URL de redirección
field-method = forma de pago
field-currency = moneda
field-error = { $field }: { $message }
app-staff-list-unread = no se pudo leer la lista del personal: { $error }
app-no-mirror = sin espejo para el cliente: { $error }
app-not-a-date = { $typed } no es una fecha: usa AAAA-MM-DD

# El carrito: artículos del catálogo, en la app y con create --item.
cart-item-quantity = --item { $item }: la cantidad tras * debe ser de 1 a 999
cart-catalogue-empty = --item { $item }: el catálogo está vacío ([[catalogue]] en el archivo de config)
cart-item-unknown = --item { $item } no está en el catálogo: { $names }
cart-item-refused = --item { $item }: { $error }
cart-mixed-currency = { $item } se vende en { $sold_in } y el carrito está en { $cart }: haz una venta aparte
