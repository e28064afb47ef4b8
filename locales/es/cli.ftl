# The command line's words for people (not --json, not CSV), and doctor.

## Líneas en stderr: `nota: …`, `aviso: …`.
cli-note = nota: { $text }
cli-warning = aviso: { $text }
cli-see-the-log = { $error } (vea el registro)
cli-demo-banner = DEMO: la API de demostración integrada de luxpay; no se mueve dinero real.
cli-demo-server-banner = DEMO: un demo-server de luxpay, no Luxfin; no se mueve dinero real.
cli-demo-short = API DEMO: sin dinero real
cli-actions-ran = el pedido { $order_id } está { $status }: sus acciones ya se ejecutaron en esta caja
cli-actions-unknown = no se sabe si las acciones del pedido { $order_id } ya se ejecutaron ({ $error }): se ejecutan
cli-unrecorded = no se pudo guardar esto en el libro { $path } ({ $error }): conserve esta salida
cli-no-times = no se puede leer el libro para las horas: { $error }
cli-recover-later = { $error }; `luxpay ledger recover` lo vuelve a intentar
cli-not-shared-yet = aún no está en el libro compartido de la tienda ({ $error }); se guarda aquí y lo envía el próximo comando o `luxpay ledger sync`
cli-resent = la base de datos de la tienda no es a la que esta caja envió por última vez (restaurada de una copia, o un servidor nuevo): se le vuelve a enviar todo el libro de esta caja; lo que ya tiene no se duplica

## create: los datos de la venta, una etiqueta y su valor por línea.
cli-creating = Creando el enlace de pago
cli-label-order = Pedido
cli-label-amount = Importe
cli-label-product = Producto
cli-label-tip = Propina
cli-label-customer = Cliente
cli-label-tendered = Entregado
cli-label-change = Cambio
cli-label-method = Forma
cli-label-till = Caja
cli-label-status = Estado
cli-method-card = Tarjeta
cli-method-cash = Efectivo
cli-tip-on = { $tip } sobre { $subtotal }
cli-walk-in = cliente de paso ({ $customer })
cli-no-printer = no impreso: no hay impresora (printer en config.toml)
cli-not-printed = no impreso: { $reason }
cli-printed-slip = boleta impresa
cli-printed-receipt = tique impreso
cli-printed-report = informe impreso

## La contabilidad: turno, cajón, anulación, devolución, informe, verificación.
cli-shift-opened-itself = no había turno abierto en la caja { $till }: se abre uno con un fondo de { $float } (`luxpay drawer in --amount … --reason float` le suma el efectivo del cajón)
cli-shift-opened = Turno abierto en la caja { $till } con un fondo de { $float }.
cli-drawer-in = { $amount } ingresados en el cajón de la caja { $till }.
cli-drawer-out = { $amount } retirados del cajón de la caja { $till }.
cli-voided = Pedido { $order_id } anulado. Luxfin no puede cancelar el enlace: si el cliente paga igualmente, luxpay muestra PAGADO TRAS ANULACIÓN.
cli-status-unrecorded = no se pudo guardar el estado del pedido { $order_id } según el servidor: { $error }
cli-void-server-unasked = no se pudo consultar al servidor por el pedido { $order_id } ({ $error }): se usa lo que sabe esta caja
cli-refunded-cash = Devueltos { $amount } del pedido { $order_id } en efectivo, del cajón.
cli-refunded-other = Devueltos { $amount } del pedido { $order_id } por otra vía (no del cajón).
cli-no-shift-open = no hay turno abierto en la caja { $till }: la próxima venta abre uno
cli-shop-no-z = No se cerró ningún informe Z el { $date }.
cli-verify-intact = { $count ->
    [one] 1 informe Z, cadena intacta
   *[other] { $count } informes Z, cadena intacta
}

## summary
cli-status-change-unrecorded = no se pudo guardar un cambio de estado en el libro: { $error }
cli-status-change-unshared = no se pudo guardar un cambio de estado en el libro de la tienda: { $error }

## status, y create --wait: el estado según cambia, en stderr.
cli-status-final-kept = el servidor ahora dice { $server }; el libro registró { $known }, que es definitivo
cli-wait-recorded-already = { $status } (ya registrado)
cli-wait-recorded = { $status } (registrado)
cli-wait-retrying = estado desconocido, se reintenta en { $secs } s: { $error }

## staff
cli-staff-added = { $name } añadido como { $role }.
cli-staff-none = Sin personal: en la caja cualquiera puede hacerlo todo (`luxpay staff add NOMBRE --role manager` inicia una lista).
cli-staff-removed = { $name } eliminado del personal.
cli-staff-pin-changed = El PIN de { $name } ha cambiado.
cli-role-manager = encargado
cli-role-cashier = cajero
cli-pin-prompt = PIN de { $name }:
cli-new-pin-prompt = Nuevo PIN para { $name } (de 4 a 8 cifras):
cli-pin-again-prompt = El mismo PIN otra vez:

## summary: el día, resumido.
summary-title = Resumen del { $date } ({ $count ->
    [one] 1 pago
   *[other] { $count } pagos
} en el libro)
summary-by-status = Por estado
summary-by-method = Por forma de pago
summary-by-till = Por caja
summary-by-operator = Por operador
summary-tips = Propinas (incluidas en los totales de arriba)
summary-none = (ninguno)
summary-unchecked = { $count ->
    [one] 1 pago abierto no se pudo comprobar con el servidor: contado según lo conoce el libro.
   *[other] { $count } pagos abiertos no se pudieron comprobar con el servidor: contados según los conoce el libro.
}
summary-not-reconciled = Sin conciliar: no se pudo leer el historial del servidor.
summary-server-totals = Totales del servidor: { $totals }
summary-totals-none = ninguno
summary-server-sum-mixed = la suma propia del servidor, { $sum }, suma monedas distintas
summary-reconciled = Conciliado con el servidor: sin diferencias.
summary-differences = Diferencias con el servidor ({ $count }):

## list, history, test-webhook
cli-list-empty = No hay pagos desde la posición { $offset }.
cli-history-line = { $count ->
    [one] 1 pago
   *[other] { $count } pagos
} del { $from } al { $to }; totales: { $totals }
cli-test-webhook = Webhook de prueba solicitado: { $said }

## Errores: la línea en stderr (`--json` sigue en inglés).
cli-error = error: { $text }
cli-cannot-start = no se puede iniciar: { $error }
cli-error-create-uncertain =
    { $error }
    puede que el pago se haya creado igualmente: revisa `luxpay list` antes de reintentar
cli-error-amount-changed = Luxfin creó este enlace por { $made }, no por { $asked }: no se lo muestres al cliente. Es el pedido { $order_id } ({ $order_url }), registrado en el libro como creado por otro importe
cli-error-shared = el libro compartido: { $error }
cli-error-closed-pipe = la salida se cerró
cli-error-tampered = la cadena de informes Z está rota: { $broken }
cli-error-refused = rechazado: { $reason }
cli-tip-refused = --tip: { $error }
cli-bad-amount = { $option } { $typed }: { $error }
cli-tendered-short = --tendered { $given } es menos que el total { $total }: cobra al menos el total

## Lo que los libros rechazan, y los informes Z de la tienda.
cli-reason-empty = --reason está vacío: di por qué, en pocas palabras (se guarda con el movimiento)
cli-no-z-yet = la caja { $till } aún no tiene informe Z: `luxpay close --counted …` crea uno
cli-no-z = la caja { $till } no tiene informe Z { $number }
cli-nothing-to-close = no hay turno abierto en la caja { $till }: nada que cerrar
cli-shop-z-line = { $till } Z { $number } bruto { $gross } cajón { $difference } { $currency }
cli-shop-z-sum = { $count ->
    [one] El informe Z del { $date }:
   *[other] Suma de los { $count } informes Z del { $date }:
}
cli-shop-z-totals = { $currency }: { $sales ->
    [one] 1 venta
   *[other] { $sales } ventas
}, bruto { $gross }, propinas { $tips }, anulaciones { $voids } ({ $voided }), devoluciones { $refunds } ({ $refunded }), neto { $net }
cli-shop-z-drawers = cajones ({ $currency }): esperado { $expected }, contado { $counted }, diferencia { $difference }

## Lo pendiente de esta caja va al libro de la tienda: una línea en stderr.
cli-backlog-now = pendiente de esta caja
cli-backlog-first = primero, lo pendiente de esta caja
cli-backlog-progress = Enviando al libro de la tienda ({ $what }): { $payments } de { $payments_waiting } pagos, { $events } de { $events_waiting } cambios de estado, { $books } de { $books_waiting } movimientos

## Personal y PIN en la línea de comandos.
cli-stdin-pin-unread = no se puede leer el PIN de la entrada estándar: { $error }
cli-stdin-new-pin-unread = no se puede leer el PIN nuevo de la entrada estándar: { $error }
cli-stdin-ended-pin = la entrada estándar terminó antes de dar el PIN
cli-stdin-ended-new-pin = la entrada estándar terminó antes de dar el PIN nuevo
cli-pin-not-asked = no se puede pedir el PIN en el terminal: { $error }
cli-new-pin-refused = el PIN nuevo de { $name }: { $error }
cli-staff-bad-name = el nombre { $name } no sirve: usa de 1 a { $max } caracteres imprimibles
cli-staff-first-manager = la primera persona añadida debe ser encargada (--role manager): { $name } sería cajero sin nadie que apruebe nada
cli-staff-nobody = no hay nadie en el personal: primero `luxpay staff add NOMBRE --role manager`

## ledger import, check, recover, sync
cli-ledger-io = el libro { $path }: { $error }
cli-importing = Importando { $file }…
cli-imported = Importados { $payments ->
    [one] 1 pago
   *[other] { $payments } pagos
} y { $events ->
    [one] 1 cambio de estado
   *[other] { $events } cambios de estado
} de { $file } a { $ledger }
cli-imported-skipped = { $count ->
    [one] 1 línea ilegible omitida
   *[other] { $count } líneas ilegibles omitidas
}, el resto de registros está intacto
cli-check-ledger = libro
cli-check-integrity = integridad
cli-check-payments = pagos
cli-check-status-events = cambios de estado
cli-check-open-intents = ventas en curso
cli-check-schema = esquema
cli-check-size = tamaño
cli-check-ok = ok
cli-check-damaged = DAÑADO
cli-ledger-damaged = el libro { $path } está dañado: guarda una copia y recupéralo con `sqlite3 { $path } .recover | sqlite3 recovered.db`
cli-nothing-to-recover = No quedó ninguna venta a medias: nada que recuperar
cli-no-shared-ledger = no hay libro compartido: pon ledger_url en { $config } (o --ledger-url, LUXPAY_LEDGER_URL) con una URL postgres://
cli-synced = Enviados { $payments ->
    [one] 1 pago
   *[other] { $payments } pagos
}, { $events ->
    [one] 1 cambio de estado
   *[other] { $events } cambios de estado
} y { $books ->
    [one] 1 movimiento o informe Z
   *[other] { $books } movimientos o informes Z
} al libro compartido ({ $shared }, { $encrypted ->
    [yes] cifrado
   *[no] sin cifrar
}); { $waiting } en espera
cli-sync-conflicts = { $count ->
    [one] 1 venta de la caja { $till } tiene un número de pedido
   *[other] { $count } ventas de la caja { $till } tienen un número de pedido
} que el libro compartido tiene para otra venta: se guardan aparte (tabla luxpay_conflicts), no se cuentan como la otra. Pasa con dos cajas en dos API de demo: comparte un solo `luxpay demo-server`.

## export, summary, list, history, webhook
cli-shop-needs-ledger = --shop necesita el libro compartido de la tienda: pon ledger_url en { $config } (o --ledger-url, LUXPAY_LEDGER_URL)
cli-latest-not-sent = no se pudieron enviar antes las últimas ventas de esta caja: { $error }
cli-from-after-to = --from { $from } es posterior a --to { $to }: pon primero el día anterior
cli-from-and-to = da --from y --to, o ninguno
cli-export-stopped = detenido tras { $count } pedidos; da --from y --to para un periodo
cli-cannot-write = no se puede escribir { $path }: { $error }
cli-file-exists = { $path } ya existe: elige otro nombre o bórralo primero
cli-wrote-stdout = { $count ->
    [one] 1 pago escrito
   *[other] { $count } pagos escritos
} en stdout
cli-wrote-file = { $count ->
    [one] 1 pago escrito
   *[other] { $count } pagos escritos
} en { $path }
cli-shop-not-asked = no se consultó el libro de la tienda ({ $error })
cli-summary-whole-shop = Toda la tienda, todas las cajas, del libro compartido
cli-summary-no-key = sin clave de API: solo se sumó el libro local
cli-other-tills-unknown = los pedidos que están en el servidor pero no aquí no se pudieron buscar en el libro de la tienda ({ $error }): aparecen como diferencias
cli-summary-checking = comprobando los pagos abiertos con el servidor
cli-column-when = CUÁNDO
cli-column-id = ID
cli-column-status = ESTADO
cli-column-amount = IMPORTE
cli-column-customer = CLIENTE
cli-column-product = PRODUCTO
cli-no-api-secret = no hay secreto de API para comprobar las firmas de los webhooks: pasa --api-secret-file RUTA, define LUXFIN_API_SECRET o añade api_secret a { $config }
cli-webhook-receiving = luxpay: recibiendo webhooks en { $url } (SIGTERM o Ctrl+C para)

## doctor: una etiqueta y su valor por línea; las etiquetas van alineadas.
doctor-title = luxpay { $version } doctor
doctor-title-demo = luxpay { $version } doctor (API DE DEMO)
doctor-configuration = Configuración
doctor-config-file = archivo config
doctor-config-not-found = no encontrado: valores por defecto
doctor-data-dir = datos
doctor-logs = registros
doctor-logs-kept = { $dir } (luxpay.FECHA.log, se guardan 7 días)
doctor-ledger = libro
doctor-ledger-stats = { $path } ({ $payments ->
    [one] 1 pago
   *[other] { $payments } pagos
}, { $size }, esquema { $schema }{ $in_flight })
doctor-in-flight = { $count ->
    [one] 1 venta a medias
   *[other] { $count } ventas a medias
}: ejecuta `luxpay ledger recover`
doctor-ledger-unread = { $path } (no se puede leer: { $error })
doctor-till = caja
doctor-till-operator = { $till } (operador { $operator })
doctor-shared-ledger = libro compartido
doctor-backlog = { $payments ->
    [one] 1 pago
   *[other] { $payments } pagos
} y { $events ->
    [one] 1 cambio de estado
   *[other] { $events } cambios de estado
} por enviar, último envío { $last }
doctor-never = nunca
doctor-backlog-unknown = pendiente desconocido
doctor-reached = conectado: esquema { $schema }, { $encrypted }, base de datos { $identity }
doctor-over-tls = con TLS
doctor-not-encrypted = sin cifrar
doctor-conflicts = { $count ->
    [one] 1 venta de esta caja choca
   *[other] { $count } ventas de esta caja chocan
} con el número de pedido de otra venta (tabla luxpay_conflicts)
doctor-unreached = no se puede conectar: { $error }
doctor-printer = impresora
doctor-mirror-socket = socket espejo
doctor-base-url = URL base
doctor-api-key = clave de API
doctor-timeout = tiempo límite
doctor-seconds = { $seconds } s
doctor-warning = aviso
doctor-api = API
doctor-api-ok = ok: la clave fue aceptada (GET /payments respondió)
doctor-not-checked = sin comprobar: { $error }
doctor-failed = FALLÓ: { $error }
doctor-terminal = Terminal
doctor-term = TERM
doctor-not-set = sin definir
doctor-colours = colores
doctor-size = tamaño
doctor-size-unknown = desconocido (no es un terminal)
doctor-ssh = SSH
doctor-tmux = tmux
doctor-screen = GNU screen
doctor-display = pantalla
doctor-copy-goes-to = copiar a
doctor-yes = sí
doctor-no = no
doctor-sample-not-drawn = Código QR de ejemplo: no se dibuja, stdout no es un terminal
doctor-sample = Código QR de ejemplo: escanéalo con un móvil; debería dar { $sample }
doctor-sample-failed = no se puede dibujar: { $error }
cli-mirror-needs-terminal = luxpay mirror dibuja en un terminal: ejecútalo en el terminal que ve el cliente
cli-demo-with-shared-ledger = --demo con un libro compartido (ledger_url): cada API de demo integrada numera sus pedidos desde 1, así que dos cajas harían los mismos números. Inicia en su lugar un `luxpay demo-server` y apunta cada caja a él con --base-url
cli-demo-not-started = no se puede iniciar la API de demo: { $error }
cli-cannot-listen = no se puede escuchar en { $addr }: { $error }
cli-cash-unrecorded = la venta en efectivo no se registró: { $error }

## doctor: the terminal's colours, where a copy goes, the printer
termenv-colours-none = ninguno (NO_COLOR está definido; los códigos QR siguen en negro sobre blanco)
termenv-colours-24bit = 24 bits
termenv-colours-256 = 256
termenv-colours-unknown = desconocido (TERM no está definido o es dumb)
termenv-colours-16 = 16 o más (TERM no indica 256color)
clipboard-route-system = portapapeles del sistema (si no está disponible, OSC 52)
clipboard-route-osc52 = portapapeles del terminal por OSC 52 (dentro de tmux, requiere `set -g set-clipboard on`)
clipboard-route-osc52-tmux = portapapeles del terminal por OSC 52, a través de tmux
clipboard-route-osc52-screen = portapapeles del terminal por OSC 52, a través de GNU screen
clipboard-route-off = desactivado (clipboard = "off")
doctor-printer-native-qr = QR de la impresora
doctor-printer-raster-qr = QR como imagen
doctor-printer-line = { $target } ({ $width } mm, { $qr }, texto en { $codepage }{ $on_paid ->
    [yes] , recibo al pagar
   *[no] {""}
})
