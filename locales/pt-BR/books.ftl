# The books: X and Z reports, receipts and slips, on the terminal and the printer.

## Os relatórios X e Z (src/books/text.rs): rótulo à esquerda, valor à direita.
books-z-title = RELATÓRIO Z { $number }
books-x-title = RELATÓRIO X (turno em curso)
books-till = Caixa
books-opened = Aberto
books-by = por
books-closed = Fechado
books-no-sales = Nenhuma venda
books-sales = Vendas
books-gross = Bruto (c/ gorjetas)
books-tips = gorjetas
books-voids = Cancelamentos ({ $count })
books-refunds = Reembolsos ({ $count })
books-refunds-cash = dinheiro
books-refunds-other = outros
books-net = Líquido
books-average = Venda média
books-by-method = Por forma de pagamento
books-by-operator = Por operador
books-by-hour = Por hora
books-best-items = Mais vendidos
books-drawer = Gaveta ({ $currency })
books-float = Fundo de troco
books-cash-sales = + vendas em dinheiro
books-cash-refunds = - reemb. em dinheiro
books-paid-in = + suprimentos
books-paid-out = - sangrias
books-expected = Esperado
books-counted = Contado
books-difference = Diferença
books-pending = Pendentes (p/ próximo turno): { $count }
books-paid-after-void = PAGO APÓS CANCELAMENTO: { $count }
books-differences = Diferenças com o servidor
books-hash = Hash
books-paid-after-void-note = PAGO APÓS CANCELAMENTO: o pedido { $order_id } foi cancelado em { $when } por { $operator } ({ $reason }) e mesmo assim foi pago: conta como pago; reembolse o cliente ou mantenha a venda

## Comprovantes na impressora (src/printer).
books-receipt-demo = DEMO - sem dinheiro real
books-receipt-tip = Gorjeta
books-receipt-total = TOTAL
books-slip-order = Pedido { $order_id } - { $when }
books-slip-scan = Escaneie para pagar
books-slip-demo-1 = Código DEMO: só vale enquanto
books-slip-demo-2 = o luxpay que o gerou rodar
books-receipt-order = Pedido { $order_id }
books-receipt-paid-at = Pago em { $when }
books-receipt-till = Caixa { $till } - { $operator }
books-receipt-paid = PAGO
books-receipt-paid-demo = PAGO (DEMO)
