# The books: X and Z reports, receipts and slips, on the terminal and the printer.

## Los informes X y Z (src/books/text.rs): concepto a la izquierda, importe a la derecha.
books-z-title = INFORME Z { $number }
books-x-title = INFORME X (turno en curso)
books-till = Caja
books-opened = Apertura
books-by = por
books-closed = Cierre
books-no-sales = Sin ventas
books-sales = Ventas
books-gross = Bruto (con propinas)
books-tips = propinas
books-voids = Anulaciones ({ $count })
books-refunds = Devoluciones ({ $count })
books-refunds-cash = efectivo
books-refunds-other = otros
books-net = Neto
books-average = Venta media
books-by-method = Por forma de pago
books-by-operator = Por operador
books-by-hour = Por hora
books-best-items = Artículos más vendidos
books-drawer = Cajón ({ $currency })
books-float = Fondo de caja
books-cash-sales = + ventas en efectivo
books-cash-refunds = - devol. en efectivo
books-paid-in = + entradas
books-paid-out = - salidas
books-expected = Esperado
books-counted = Contado
books-difference = Diferencia
books-pending = Pendientes (al siguiente turno): { $count }
books-paid-after-void = PAGADO TRAS ANULACIÓN: { $count }
books-differences = Diferencias con el servidor
books-hash = Hash
books-paid-after-void-note = PAGADO TRAS ANULACIÓN: el pedido { $order_id } se anuló el { $when } por { $operator } ({ $reason }) y aun así se pagó: cuenta como pagado; devuelva el dinero al cliente o conserve la venta

## Tiques en la impresora (src/printer).
books-receipt-demo = DEMO - sin dinero real
books-receipt-tip = Propina
books-receipt-total = TOTAL
books-slip-order = Pedido { $order_id } - { $when }
books-slip-scan = Escanee para pagar
books-slip-demo-1 = Código DEMO: solo vale mientras
books-slip-demo-2 = funcione el luxpay que lo creó
books-receipt-order = Pedido { $order_id }
books-receipt-paid-at = Pagado { $when }
books-receipt-till = Caja { $till } - { $operator }
books-receipt-paid = PAGADO
books-receipt-paid-demo = PAGADO (DEMO)
