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
