# The app's screens: the form, the payment pane, dialogs, the help and the history views.
# Translated from en/ui.ftl: the same ids and variables; short, for 80 columns.

keys-in-anywhere = En todas partes
keys-in-form = Formulario
keys-in-payment = Pago
keys-in-history = Historial
keys-in-cart-on-the-amount-line = Carrito (en la línea del importe)
keys-in-tip = Propina
keys-in-questions = Preguntas
keys-in-books-amount-reason = Caja (importe, motivo)
keys-in-z-report-paid-after-void = Informe Z, PAGADO TRAS ANULAR
keys-in-catalogue-picker = Selector del catálogo
keys-in-custom-tip = Propina libre
keys-in-present-mode = Modo cliente
keys-in-history-filter = Filtro del historial
keys-in-history-dates = Fechas del historial
keys-in-help = Ayuda

keys-help-not-in-fields = ayuda (? no en campos)
keys-history-and-back = historial, y volver
keys-lock-the-till-pin = bloquear la caja (PIN)
keys-quit = salir
keys-suspend-fg-resumes = suspender (fg sigue)
keys-close-help = cerrar la ayuda
keys-scroll-where-it-does-not-fit = desplazar, si no cabe
keys-next-field = campo siguiente
keys-previous-field = campo anterior
keys-create-the-link = crear el enlace
keys-method-currency = método, moneda
keys-edit-the-field = editar el campo
keys-stop-waiting-or-go-back = cancelar / volver
keys-add-a-catalogue-item = añadir un artículo
keys-catalogue-picker = selector del catálogo
keys-cash-for-this-sale = efectivo en esta venta
keys-one-more-of-the-line = uno más de la línea
keys-one-fewer-0-out = uno menos (0: se quita)
keys-select-a-line-of-the-cart = elegir línea del carrito
keys-empty-the-cart = vaciar el carrito
keys-add-one = añadir uno
keys-select = elegir
keys-close = cerrar
keys-that-preset = ese porcentaje
keys-no-tip = sin propina
keys-another-amount-or-percent = otro importe o porcentaje
keys-back-send-nothing = volver, sin enviar nada
keys-use-it = usarla
keys-back-to-the-presets = volver a los porcentajes
keys-go-back-send-nothing = volver, sin enviar nada
keys-copy-the-link = copiar el enlace
keys-present-mode-on-or-off = modo cliente sí / no
keys-new-payment = nuevo pago
keys-new-link-if-expired = enlace nuevo si caducó
keys-check-status-now = comprobar el estado
keys-print-slip-or-receipt = imprimir ticket
keys-void-a-pending-link = anular el enlace
keys-refund-money-back = devolver el dinero
keys-back-to-the-form = volver al formulario
keys-back-to-the-payment = volver al pago
keys-fresh-link-if-expired = enlace nuevo si caducó
keys-next-view = vista siguiente
keys-prev-view = vista anterior
keys-a-page-up-or-down = una página arriba / abajo
keys-first-or-last = primero / último
keys-show-its-qr-code = mostrar su código QR
keys-copy-its-link = copiar su enlace
keys-recheck-or-reload = comprobar / recargar
keys-filter-all-local = filtrar (Todo local)
keys-page-server = página (Servidor)
keys-page-server-or-print = pág. (Servidor) / imprimir
keys-dates-server = fechas (Servidor)
keys-day-summary = día (Resumen)
keys-export-the-view-csv = exportar la vista (CSV)
keys-open-shift-summary = abrir turno (Resumen)
keys-cash-in-summary = entrada (Resumen)
keys-cash-out-summary = salida (Resumen)
keys-close-shift-z-summary = cerrar turno, Z (Resumen)
keys-back = volver
keys-next-or-done = siguiente / hecho
keys-amount-or-reason = importe / motivo
keys-cash-or-other = efectivo / otra
keys-cancel-write-nothing = cancelar, sin anotar nada
keys-close-it = cerrarlo
keys-scroll = desplazar
keys-print-the-z = imprimir el Z
keys-apply-the-filter = aplicar el filtro
keys-clear-the-filter = borrar el filtro
keys-load-the-range = cargar el periodo
keys-from-or-to = desde / hasta
keys-cancel = cancelar

hint-help = ayuda
hint-history = historial
hint-lock = bloquear
hint-quit = salir
hint-suspend = suspender
hint-close-help = cerrar ayuda
hint-scroll = desplazar
hint-next-field = campo siguiente
hint-previous-field = campo anterior
hint-create = crear
hint-change = cambiar
hint-edit = editar
hint-stop-waiting = cancelar
hint-add-item = artículo
hint-catalogue = catálogo
hint-cash = efectivo
hint-more-or-fewer = más / menos
hint-fewer = menos
hint-line = línea
hint-empty-cart = vaciar
hint-add-one = añadir
hint-select = elegir
hint-close = cerrar
hint-preset = porcentaje
hint-no-tip = sin propina
hint-custom = otra
hint-back = volver
hint-use-it = usarla
hint-create-the-link = crear el enlace
hint-go-back-send-nothing = volver, sin enviar nada
hint-copy = copiar
hint-present = mostrar
hint-new = nuevo
hint-fresh-link = enlace nuevo
hint-recheck = comprobar
hint-print = imprimir
hint-void = anular
hint-refund = devolver
hint-copy-link = copiar enlace
hint-new-payment = nuevo pago
hint-next-view = vista siguiente
hint-prev-view = vista anterior
hint-page = página
hint-first = primero
hint-last = último
hint-show = mostrar
hint-filter = filtrar
hint-dates = fechas
hint-day = día
hint-export = exportar
hint-open-shift = abrir turno
hint-cash-in-or-out = entrada / salida
hint-cash-out = salida
hint-close-shift = cerrar turno
hint-done = hecho
hint-field = campo
hint-tender = forma de pago
hint-cancel = cancelar
hint-apply-filter = filtrar
hint-clear-filter = borrar filtro
hint-load = cargar
hint-from-or-to = desde / hasta
hint-reload = recargar

ui-tab-form = Formulario
ui-tab-payment = Pago
ui-tab-history = Historial
ui-locked = bloqueado
ui-offline-long = SIN CONEXIÓN: Luxfin no responde; el efectivo sigue (^T)
ui-offline-short = SIN CONEXIÓN: efectivo sí (^T)
ui-offline = SIN CONEXIÓN
ui-demo-long = API DEMO: no se mueve dinero real
ui-demo-short = DEMO: sin dinero real
ui-demo = DEMO
ui-approval-title = PIN de un encargado: { $what }
ui-too-small = Ventana demasiado pequeña: luxpay necesita { $need }, esta es de { $size }.
ui-too-small-question = Hay una pregunta esperando: amplíe la ventana para responderla.
ui-too-small-keys = Las teclas esperan a que sea mayor; q sale, F1 ayuda.

ui-help-title = Teclas · Esc cierra
ui-help-title-scroll-long = Teclas · ↑ ↓ más (PgUp PgDn) · Esc cierra
ui-help-title-scroll = Teclas · ↑ ↓ más · Esc cierra
ui-help-copy-route = Se copia en: { $route }
ui-help-route-system = el portapapeles del sistema (o OSC 52 si no está disponible)
ui-help-route-osc52 = el portapapeles del terminal por OSC 52 (en tmux hace falta `set -g set-clipboard on`)
ui-help-route-tmux = el portapapeles del terminal por OSC 52, a través de tmux
ui-help-route-screen = el portapapeles del terminal por OSC 52, a través de GNU screen
ui-help-route-off = ninguna parte (clipboard = "off")

ui-pending-minutes = { $status } { $minutes } min
ui-method-card = Tarjeta
ui-method-cash = Efectivo

ui-form-title = Nuevo pago
ui-form-amount = Importe
ui-form-customer = Correo cliente
ui-form-product = Producto
ui-form-redirect-url = URL de retorno
ui-form-method = Método
ui-form-currency = Moneda
ui-form-cart-amount = { $money } (el carrito)
ui-form-optional = opcional
ui-form-walk-in-if-empty = vacío: cliente de paso
ui-form-cart = Carrito
ui-form-cart-total = Total { $money }
ui-form-cart-keys = + - cantidad · PgUp PgDn línea · n vaciar
ui-form-enter-cash = registrar la venta en efectivo
ui-form-enter-link = crear el enlace de pago
ui-form-creating = Creando el enlace de pago… { $seconds } s
ui-form-stop-waiting = dejar de esperar
ui-form-try-again = reintentar

ui-payment-title = Pago
ui-payment-empty = Aquí aparece el código QR del pago.
ui-payment-heading = pedido { $order_id } · { $money } · { $method }
ui-payment-walk-in = cliente de paso
ui-payment-tip = propina { $amount }
ui-payment-status-retrying = estado desconocido — reintentando
ui-payment-status-refused = estado desconocido: { $why }
ui-payment-code-too-small = El código QR necesita aquí un terminal de al menos { $need } (este panel es de { $size }).
ui-payment-present-hint = Pulse f para el modo cliente (necesita { $need }) o amplíe la ventana.

ui-tip-title = ¿Añadir propina?
ui-tip-subtotal = Subtotal { $money }
ui-tip-percent = { $percent } %
ui-tip-tip = propina
ui-tip-total = total
ui-tip-no-tip = sin propina
ui-tip-other = otro importe o porcentaje
ui-tip-back = volver
ui-tip-label = Propina
ui-tip-comes-to = propina { $tip }, total { $total }
ui-tip-comes-to-short = total { $total }
ui-tip-how = un importe (0,50) o un porcentaje (18%)
ui-tip-how-short = 0,50 o 18%

ui-summary-in-ledger = { $date }: { $count ->
    [one] { $count } pago en el registro
   *[other] { $count } pagos en el registro
}
ui-summary-keys = ← → día · r recargar · e exportar
ui-summary-by-status = Por estado
ui-summary-by-method = Por método
ui-summary-by-till = Por caja
ui-summary-by-operator = Por operador
ui-summary-tips = Propinas (incluidas en los totales de arriba)
ui-summary-none = ninguno
ui-summary-till = Caja
ui-summary-operator = Operador
ui-summary-asking = { $count ->
    [one] Consultando al servidor { $count } pago abierto…
   *[other] Consultando al servidor { $count } pagos abiertos…
}
ui-summary-unchecked = { $count ->
    [one] { $count } pago abierto sin comprobar: contado como lo tiene el registro
   *[other] { $count } pagos abiertos sin comprobar: contados como los tiene el registro
}
ui-summary-not-reconciled = Sin conciliar: { $why }
ui-summary-checking = Comprobando con el servidor…
ui-summary-server-totals = Totales del servidor: { $totals }
ui-summary-server-sum = la suma del propio servidor, { $sum }, mezcla monedas distintas
ui-summary-reconciled = Conciliado con el servidor: sin diferencias
ui-summary-differences = { $count ->
    [one] { $count } diferencia con el servidor:
   *[other] { $count } diferencias con el servidor:
}
ui-summary-only-local = pedido { $order_id } ({ $status }) está en el registro, no en el servidor
ui-summary-only-server = pedido { $order_id } ({ $status }) está en el servidor, no en este registro
ui-summary-status-differs = pedido { $order_id }: el registro dice { $local }, el servidor dice { $server }
ui-summary-amount-differs = pedido { $order_id }: el registro dice { $local }, el servidor dice { $server }
ui-summary-elsewhere = Hechos en otras cajas de la tienda (no son diferencias): { $tills }

ui-outcome-wrong-amount = IMPORTE ERRÓNEO
ui-outcome-wrong-amount-made = Luxfin creó este enlace por { $money }, no por { $asked }:
ui-outcome-wrong-amount-hide = no se lo muestre al cliente.
ui-outcome-wrong-amount-ledger = El pedido { $order_id } está en el registro, marcado como hecho por otro importe.
ui-outcome-wrong-amount-new = Pulse n para un pago nuevo.
ui-outcome-voided-out = Anulado: fuera de todos los totales; su código ya no se muestra.
ui-outcome-voided-paid-after = Si el cliente lo paga igualmente, luxpay indica PAGADO TRAS ANULAR.
ui-outcome-expired-unpaid = Este enlace caducó antes de pagarse.
ui-outcome-expired-fresh = Pulse g para un enlace nuevo con los mismos datos.
ui-outcome-change-due = CAMBIO · venta de { $money } en efectivo
ui-outcome-handed-over = { $money } entregados · pagado a las { $time }
ui-outcome-product-order = { $product } · pedido { $order_id }
ui-outcome-received = { $money } recibidos
ui-outcome-received-cash = { $money } en efectivo
ui-outcome-paid-at = pagado a las { $time }

ui-confirm-title-both = Compruebe el importe y el enlace anterior
ui-confirm-title-large = Compruebe el importe
ui-confirm-title-again = ¿Crear otro enlace?
ui-confirm-walk-in = un cliente de paso
ui-confirm-sale = { $money } a { $customer } por «{ $product }»
ui-confirm-large = { $sale } supera { $limit }.
ui-confirm-same-sale = la misma venta
ui-confirm-same-sale-is = la misma venta ({ $sale })
ui-confirm-earlier = El pedido { $order_id }, creado hace { $ago } para { $what }, está { $status }.
ui-confirm-question = ¿Crear el enlace de pago?
ui-confirm-yes = crear el enlace
ui-confirm-no = volver, sin enviar nada

ui-picker-title = Catálogo · Enter añade uno · Esc cierra
ui-picker-find = Buscar
ui-picker-nothing = Ningún artículo tiene estas palabras.

ui-history-title = Historial
ui-history-session = Esta sesión
ui-history-local = Todo local
ui-history-server = Servidor
ui-history-summary = Resumen
ui-history-shop = Tienda

ui-books-handed-over = Entregado
ui-books-counted = Contado
ui-books-float = Fondo de caja
ui-books-amount = Importe
ui-books-reason = Motivo
ui-books-tender = Forma de pago
ui-books-tender-cash = efectivo, del cajón
ui-books-tender-other = otra, no del cajón
ui-books-tender-cash-short = efectivo
ui-books-tender-other-short = otra
ui-books-alert-close = Enter o Esc: cerrar
ui-books-paid-after-void = PAGADO TRAS ANULAR
ui-books-z-title = Z { $number } · ↑ ↓ desplazar · p imprimir · Esc cerrar
ui-books-no-shift = No hay turno abierto: s abre uno con su fondo (una venta lo abre con 0)
ui-books-x-title = Turno (informe X)
ui-books-x-since = desde las { $time } · { $who }
ui-books-x-keys = s abrir · i entrada · o salida · Z cerrar
ui-books-x-sales = { $currency }: { $count ->
    [one] { $count } venta
   *[other] { $count } ventas
} · bruto { $gross } · propinas { $tips } · neto { $net }
ui-books-x-voids = anulaciones { $voids } ({ $voided }) · devoluciones { $refunds } ({ $refunded })
ui-books-x-cash = Efectivo esperado { $expected } { $currency } (fondo { $float } + ventas { $sales } − devoluciones { $refunds } + entradas { $paid_in } − salidas { $paid_out })
ui-books-x-best = Lo más vendido: { $items }
ui-books-x-pending = { $count ->
    [one] { $count } enlace sigue pendiente: pasa al siguiente turno
   *[other] { $count } enlaces siguen pendientes: pasan al siguiente turno
}
ui-books-per-hour = Ventas por hora

ui-history-col-time = Hora
ui-history-col-when = Hora
ui-history-col-order = Nº
ui-history-col-amount = Importe
ui-history-col-product = Producto
ui-history-col-customer = Cliente
ui-history-col-method = Método
ui-history-col-status = Estado
ui-history-col-till = Caja
ui-history-col-operator = Operador
ui-history-status-unknown = desconocido
ui-history-session-empty = Aún no hay pagos en esta sesión.
ui-history-local-reading = Leyendo el registro…
ui-history-local-failed = No se pudo leer el registro: { $why }
ui-history-local-empty = El registro está vacío: aún no se ha hecho ningún pago aquí.
ui-history-local-no-match = Nada coincide con el filtro.
ui-history-local-count = { $count ->
    [one] { $count } pago
   *[other] { $count } pagos
}
ui-history-local-over = más de { $count } pagos
ui-history-local-filter-how = filtro: palabras, status:paid, till:, date:AAAA-MM-DD
ui-history-server-asking = Consultando al servidor…
ui-history-server-empty = El servidor no lista pagos aquí.
ui-history-server-from = Desde
ui-history-server-to = Hasta
ui-history-server-range-keys = Enter cargar · Tab cambiar · Esc cancelar
ui-history-server-newest = Más recientes primero, pedidos { $first }–{ $last }
ui-history-server-range = Del { $from } al { $to }
ui-history-shop-conflicts = { $count ->
    [one] { $count } venta apartada: su nº de pedido es el de otra (ledger sync dice cuál)
   *[other] { $count } ventas apartadas: su nº de pedido es el de otra (ledger sync dice cuál)
}
ui-history-shop-failed = No se pudo leer el registro de la tienda: { $why }
ui-history-shop-empty = Ninguna caja ha vendido hoy.
ui-history-shop-reading = Leyendo las ventas de todas las cajas…

ui-present-nothing = No hay pago que mostrar: pulse Esc.
ui-present-code-too-small = El código QR necesita un terminal de al menos { $need }; este es de { $size }. Amplíe la ventana o use una letra más pequeña.
ui-present-scan = Escanee para pagar

ui-pin-title = Bloqueado: ¿quién está en la caja?
ui-pin-checking = comprobando…
ui-pin-keys = ↑↓ nombre · dígitos PIN · Enter abrir · Esc borrar
ui-pin-locked = Bloqueado
ui-pin-checking-pin = comprobando el PIN…
ui-pin-keys-short = ↑↓ nombre · Enter abrir

ui-mirror-demo = DEMO - sin dinero real
ui-mirror-welcome = Bienvenido
ui-mirror-waiting-for-till = Esperando a la caja { $till }…
ui-mirror-tills-found = Cajas encontradas aquí: { $tills }
ui-mirror-start-till = Inicie la caja con LUXPAY_TILL={ $till } luxpay, o luxpay --till { $till }
ui-mirror-enlarge = Amplíe esta ventana para mostrar el código.
