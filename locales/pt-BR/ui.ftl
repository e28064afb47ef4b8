# The app's screens: the form, the payment pane, dialogs, the help and the history views.
# Translated from en/ui.ftl: the same ids and variables; short, for 80 columns.

keys-in-anywhere = Em qualquer lugar
keys-in-form = Formulário
keys-in-payment = Pagamento
keys-in-history = Histórico
keys-in-cart-on-the-amount-line = Carrinho (na linha do valor)
keys-in-tip = Gorjeta
keys-in-questions = Perguntas
keys-in-books-amount-reason = Caixa (valor, motivo)
keys-in-z-report-paid-after-void = Relatório Z, PAGO APÓS CANCELAR
keys-in-catalogue-picker = Seletor do catálogo
keys-in-custom-tip = Gorjeta livre
keys-in-present-mode = Modo cliente
keys-in-history-filter = Filtro do histórico
keys-in-history-dates = Datas do histórico
keys-in-help = Ajuda

keys-help-not-in-fields = ajuda; ? fora de campo
keys-history-and-back = histórico, e voltar
keys-lock-the-till-pin = bloquear o caixa (PIN)
keys-quit = sair
keys-suspend-fg-resumes = suspender (fg retoma)
keys-close-help = fechar a ajuda
keys-scroll-where-it-does-not-fit = rolar, se não couber
keys-next-field = próximo campo
keys-previous-field = campo anterior
keys-create-the-link = criar o link
keys-method-currency = método, moeda
keys-edit-the-field = editar o campo
keys-stop-waiting-or-go-back = cancelar / voltar
keys-add-a-catalogue-item = adicionar um item
keys-catalogue-picker = seletor do catálogo
keys-cash-for-this-sale = dinheiro nesta venda
keys-one-more-of-the-line = mais um da linha
keys-one-fewer-0-out = menos um (0: sai)
keys-select-a-line-of-the-cart = escolher linha do carrinho
keys-empty-the-cart = esvaziar o carrinho
keys-add-one = adicionar um
keys-select = escolher
keys-close = fechar
keys-that-preset = essa porcentagem
keys-no-tip = sem gorjeta
keys-another-amount-or-percent = outro valor ou porcentagem
keys-back-send-nothing = voltar, sem enviar nada
keys-use-it = usar
keys-back-to-the-presets = voltar às porcentagens
keys-go-back-send-nothing = voltar, sem enviar nada
keys-copy-the-link = copiar o link
keys-present-mode-on-or-off = modo cliente sim / não
keys-new-payment = novo pagamento
keys-new-link-if-expired = novo link se expirou
keys-check-status-now = verificar o status
keys-print-slip-or-receipt = imprimir comprovante
keys-void-a-pending-link = cancelar o link
keys-refund-money-back = estornar (devolver)
keys-back-to-the-form = voltar ao formulário
keys-back-to-the-payment = voltar ao pagamento
keys-fresh-link-if-expired = novo link se expirou
keys-next-view = próxima visão
keys-prev-view = visão anterior
keys-a-page-up-or-down = uma página acima / abaixo
keys-first-or-last = primeiro / último
keys-show-its-qr-code = mostrar o código QR
keys-copy-its-link = copiar o link
keys-recheck-or-reload = verificar / recarregar
keys-filter-all-local = filtrar (Tudo local)
keys-page-server = página (Servidor)
keys-page-server-or-print = pág. (Servidor) / imprimir
keys-dates-server = datas (Servidor)
keys-day-summary = dia (Resumo)
keys-export-the-view-csv = exportar a visão (CSV)
keys-open-shift-summary = abrir turno (Resumo)
keys-cash-in-summary = suprimento (Resumo)
keys-cash-out-summary = sangria (Resumo)
keys-close-shift-z-summary = fechar turno, Z (Resumo)
keys-back = voltar
keys-next-or-done = próximo / pronto
keys-amount-or-reason = valor / motivo
keys-cash-or-other = dinheiro / outra
keys-cancel-write-nothing = cancelar, sem registrar nada
keys-close-it = fechar
keys-scroll = rolar
keys-print-the-z = imprimir o Z
keys-apply-the-filter = aplicar o filtro
keys-clear-the-filter = limpar o filtro
keys-load-the-range = carregar o período
keys-from-or-to = de / até
keys-cancel = cancelar

hint-help = ajuda
hint-history = histórico
hint-lock = bloquear
hint-quit = sair
hint-suspend = suspender
hint-close-help = fechar ajuda
hint-scroll = rolar
hint-next-field = próximo campo
hint-previous-field = campo anterior
hint-create = criar
hint-change = trocar
hint-edit = editar
hint-stop-waiting = cancelar
hint-add-item = item
hint-catalogue = catálogo
hint-cash = dinheiro
hint-more-or-fewer = mais / menos
hint-fewer = menos
hint-line = linha
hint-empty-cart = esvaziar
hint-add-one = adicionar
hint-select = escolher
hint-close = fechar
hint-preset = porcentagem
hint-no-tip = sem gorjeta
hint-custom = outra
hint-back = voltar
hint-use-it = usar
hint-create-the-link = criar o link
hint-go-back-send-nothing = voltar, sem enviar nada
hint-copy = copiar
hint-present = mostrar
hint-new = novo
hint-fresh-link = novo link
hint-recheck = verificar
hint-print = imprimir
hint-void = cancelar
hint-refund = estornar
hint-copy-link = copiar link
hint-new-payment = novo pagamento
hint-next-view = próxima visão
hint-prev-view = visão anterior
hint-page = página
hint-first = primeiro
hint-last = último
hint-show = mostrar
hint-filter = filtrar
hint-dates = datas
hint-day = dia
hint-export = exportar
hint-open-shift = abrir turno
hint-cash-in-or-out = suprimento / sangria
hint-cash-out = sangria
hint-close-shift = fechar turno
hint-done = pronto
hint-field = campo
hint-tender = forma
hint-cancel = cancelar
hint-apply-filter = filtrar
hint-clear-filter = limpar filtro
hint-load = carregar
hint-from-or-to = de / até
hint-reload = recarregar

ui-tab-form = Formulário
ui-tab-payment = Pagamento
ui-tab-history = Histórico
ui-locked = bloqueado
ui-offline-long = OFFLINE: a Luxfin não responde; dinheiro continua (^T)
ui-offline-short = OFFLINE: dinheiro continua (^T)
ui-offline = OFFLINE
ui-demo-long = API DEMO: nenhum dinheiro real circula
ui-demo-short = DEMO: sem dinheiro real
ui-demo = DEMO
ui-approval-title = PIN de um gerente: { $what }
ui-too-small = Janela pequena demais: o luxpay precisa de { $need }, esta tem { $size }.
ui-too-small-question = Há uma pergunta esperando: aumente a janela para respondê-la.
ui-too-small-keys = As teclas esperam até ela aumentar; q sai, F1 ajuda.

ui-help-title = Teclas · Esc fecha
ui-help-title-scroll-long = Teclas · ↑ ↓ mais (PgUp PgDn) · Esc fecha
ui-help-title-scroll = Teclas · ↑ ↓ mais · Esc fecha
ui-help-copy-route = A cópia vai para: { $route }
ui-help-route-system = a área de transferência do sistema (ou OSC 52, se não estiver acessível)
ui-help-route-osc52 = a área de transferência do terminal via OSC 52 (no tmux, precisa de `set -g set-clipboard on`)
ui-help-route-tmux = a área de transferência do terminal via OSC 52, através do tmux
ui-help-route-screen = a área de transferência do terminal via OSC 52, através do GNU screen
ui-help-route-off = lugar nenhum (clipboard = "off")

ui-pending-minutes = { $status } { $minutes } min
ui-method-card = Cartão
ui-method-cash = Dinheiro

ui-form-title = Novo pagamento
ui-form-amount = Valor
ui-form-customer = E-mail cliente
ui-form-product = Produto
ui-form-redirect-url = URL de retorno
ui-form-method = Método
ui-form-currency = Moeda
ui-form-cart-amount = { $money } (o carrinho)
ui-form-optional = opcional
ui-form-walk-in-if-empty = vazio: cliente avulso
ui-form-cart = Carrinho
ui-form-cart-total = Total { $money }
ui-form-cart-keys = + - quantidade · PgUp PgDn linha · n esvaziar
ui-form-enter-cash = registrar a venda em dinheiro
ui-form-enter-link = criar o link de pagamento
ui-form-creating = Criando o link de pagamento… { $seconds } s
ui-form-stop-waiting = parar de esperar
ui-form-try-again = tentar de novo

ui-payment-title = Pagamento
ui-payment-empty = O código QR do pagamento aparece aqui.
ui-payment-heading = pedido { $order_id } · { $money } · { $method }
ui-payment-walk-in = cliente avulso
ui-payment-tip = gorjeta { $amount }
ui-payment-status-retrying = status desconhecido — tentando de novo
ui-payment-status-refused = status desconhecido: { $why }
ui-payment-code-too-small = O código QR precisa aqui de um terminal de pelo menos { $need } (este painel tem { $size }).
ui-payment-present-hint = Tecle f para o modo cliente (precisa de { $need }) ou aumente a janela.

ui-tip-title = Adicionar gorjeta?
ui-tip-subtotal = Subtotal { $money }
ui-tip-percent = { $percent }%
ui-tip-tip = gorjeta
ui-tip-total = total
ui-tip-no-tip = sem gorjeta
ui-tip-other = outro valor ou porcentagem
ui-tip-back = voltar
ui-tip-label = Gorjeta
ui-tip-comes-to = gorjeta { $tip }, total { $total }
ui-tip-comes-to-short = total { $total }
ui-tip-how = um valor (0,50) ou uma porcentagem (18%)
ui-tip-how-short = 0,50 ou 18%

ui-summary-in-ledger = { $date }: { $count ->
    [one] { $count } pagamento no registro
   *[other] { $count } pagamentos no registro
}
ui-summary-keys = ← → dia · r recarregar · e exportar
ui-summary-by-status = Por status
ui-summary-by-method = Por método
ui-summary-by-till = Por caixa
ui-summary-by-operator = Por operador
ui-summary-tips = Gorjetas (já incluídas nos totais acima)
ui-summary-none = nenhum
ui-summary-till = Caixa
ui-summary-operator = Operador
ui-summary-asking = { $count ->
    [one] Consultando o servidor sobre { $count } pagamento em aberto…
   *[other] Consultando o servidor sobre { $count } pagamentos em aberto…
}
ui-summary-unchecked = { $count ->
    [one] { $count } pagamento em aberto não verificado: contado como está no registro
   *[other] { $count } pagamentos em aberto não verificados: contados como estão no registro
}
ui-summary-not-reconciled = Não conciliado: { $why }
ui-summary-checking = Verificando com o servidor…
ui-summary-server-totals = Totais do servidor: { $totals }
ui-summary-server-sum = a soma do próprio servidor, { $sum }, junta moedas diferentes
ui-summary-reconciled = Conciliado com o servidor: nenhuma diferença
ui-summary-differences = { $count ->
    [one] { $count } diferença com o servidor:
   *[other] { $count } diferenças com o servidor:
}
ui-summary-only-local = pedido { $order_id } ({ $status }) está no registro, não no servidor
ui-summary-only-server = pedido { $order_id } ({ $status }) está no servidor, não neste registro
ui-summary-status-differs = pedido { $order_id }: o registro diz { $local }, o servidor diz { $server }
ui-summary-amount-differs = pedido { $order_id }: o registro diz { $local }, o servidor diz { $server }
ui-summary-elsewhere = Feitos em outros caixas da loja (não são diferenças): { $tills }

ui-outcome-wrong-amount = VALOR ERRADO
ui-outcome-wrong-amount-made = A Luxfin criou este link para { $money }, não { $asked }:
ui-outcome-wrong-amount-hide = não mostre ao cliente.
ui-outcome-wrong-amount-ledger = O pedido { $order_id } está no registro, marcado como feito com outro valor.
ui-outcome-wrong-amount-new = Tecle n para um novo pagamento.
ui-outcome-voided-out = Cancelado: fora de todos os totais; o código não é mais mostrado.
ui-outcome-voided-paid-after = Se o cliente pagar mesmo assim, o luxpay avisa PAGO APÓS CANCELAR.
ui-outcome-expired-unpaid = Este link expirou antes de ser pago.
ui-outcome-expired-fresh = Tecle g para um novo link com os mesmos dados.
ui-outcome-change-due = TROCO · venda de { $money } em dinheiro
ui-outcome-handed-over = { $money } entregues · pago às { $time }
ui-outcome-product-order = { $product } · pedido { $order_id }
ui-outcome-received = { $money } recebidos
ui-outcome-received-cash = { $money } em dinheiro
ui-outcome-paid-at = pago às { $time }

ui-confirm-title-both = Confira o valor e o link anterior
ui-confirm-title-large = Confira o valor
ui-confirm-title-again = Criar outro link?
ui-confirm-walk-in = um cliente avulso
ui-confirm-sale = { $money } para { $customer } por "{ $product }"
ui-confirm-large = { $sale } passa de { $limit }.
ui-confirm-same-sale = a mesma venda
ui-confirm-same-sale-is = a mesma venda ({ $sale })
ui-confirm-earlier = O pedido { $order_id }, criado há { $ago } para { $what }, está { $status }.
ui-confirm-question = Criar o link de pagamento?
ui-confirm-yes = criar o link
ui-confirm-no = voltar, sem enviar nada

ui-picker-title = Catálogo · Enter adiciona um · Esc fecha
ui-picker-find = Buscar
ui-picker-nothing = Nenhum item tem estas palavras.

ui-history-title = Histórico
ui-history-session = Esta sessão
ui-history-local = Tudo local
ui-history-server = Servidor
ui-history-summary = Resumo
ui-history-shop = Loja

ui-books-handed-over = Entregue
ui-books-counted = Contado
ui-books-float = Fundo de troco
ui-books-amount = Valor
ui-books-reason = Motivo
ui-books-tender = Forma
ui-books-tender-cash = dinheiro, da gaveta
ui-books-tender-other = outra, fora da gaveta
ui-books-tender-cash-short = dinheiro
ui-books-tender-other-short = outra
ui-books-alert-close = Enter ou Esc: fechar
ui-books-paid-after-void = PAGO APÓS CANCELAR
ui-books-z-title = Z { $number } · ↑ ↓ rolar · p imprimir · Esc fechar
ui-books-no-shift = Nenhum turno aberto: s abre um com o fundo de troco (uma venda abre com 0)
ui-books-x-title = Turno (relatório X)
ui-books-x-since = desde { $time } · { $who }
ui-books-x-keys = s abrir · i suprimento · o sangria · Z fechar
ui-books-x-sales = { $currency }: { $count ->
    [one] { $count } venda
   *[other] { $count } vendas
} · bruto { $gross } · gorjetas { $tips } · líquido { $net }
ui-books-x-voids = cancelamentos { $voids } ({ $voided }) · estornos { $refunds } ({ $refunded })
ui-books-x-cash = Dinheiro esperado { $expected } { $currency } (fundo { $float } + vendas { $sales } − estornos { $refunds } + suprimentos { $paid_in } − sangrias { $paid_out })
ui-books-x-best = Mais vendidos: { $items }
ui-books-x-pending = { $count ->
    [one] { $count } link ainda pendente: passa para o próximo turno
   *[other] { $count } links ainda pendentes: passam para o próximo turno
}
ui-books-per-hour = Vendas por hora

ui-history-col-time = Hora
ui-history-col-when = Hora
ui-history-col-order = Nº
ui-history-col-amount = Valor
ui-history-col-product = Produto
ui-history-col-customer = Cliente
ui-history-col-method = Método
ui-history-col-status = Status
ui-history-col-till = Caixa
ui-history-col-operator = Operador
ui-history-status-unknown = desconhecido
ui-history-session-empty = Nenhum pagamento ainda nesta sessão.
ui-history-local-reading = Lendo o registro…
ui-history-local-failed = Não foi possível ler o registro: { $why }
ui-history-local-empty = O registro está vazio: nenhum pagamento feito aqui ainda.
ui-history-local-no-match = Nada corresponde ao filtro.
ui-history-local-count = { $count ->
    [one] { $count } pagamento
   *[other] { $count } pagamentos
}
ui-history-local-over = mais de { $count } pagamentos
ui-history-local-filter-how = filtro: palavras, status:paid, till:, date:AAAA-MM-DD
ui-history-server-asking = Consultando o servidor…
ui-history-server-empty = O servidor não lista pagamentos aqui.
ui-history-server-from = De
ui-history-server-to = Até
ui-history-server-range-keys = Enter carregar · Tab trocar · Esc cancelar
ui-history-server-newest = Mais recentes primeiro, pedidos { $first }–{ $last }
ui-history-server-range = De { $from } a { $to }
ui-history-shop-conflicts = { $count ->
    [one] { $count } venda separada: seu nº de pedido é o de outra (ledger sync diz qual)
   *[other] { $count } vendas separadas: seu nº de pedido é o de outra (ledger sync diz qual)
}
ui-history-shop-failed = Não foi possível ler o registro da loja: { $why }
ui-history-shop-empty = Nenhum caixa vendeu hoje.
ui-history-shop-reading = Lendo as vendas de todos os caixas…

ui-present-nothing = Nenhum pagamento para mostrar: tecle Esc.
ui-present-code-too-small = O código QR precisa de um terminal de pelo menos { $need }; este tem { $size }. Aumente a janela ou use uma fonte menor.
ui-present-scan = Escaneie para pagar

ui-pin-title = Bloqueado: quem está no caixa?
ui-pin-checking = verificando…
ui-pin-keys = ↑↓ nome · dígitos PIN · Enter abrir · Esc limpar
ui-pin-locked = Bloqueado
ui-pin-checking-pin = verificando o PIN…
ui-pin-keys-short = ↑↓ nome · Enter abrir

ui-mirror-demo = DEMO - sem dinheiro real
ui-mirror-welcome = Bem-vindo
ui-mirror-waiting-for-till = Aguardando o caixa { $till }…
ui-mirror-tills-found = Caixas encontrados aqui: { $tills }
ui-mirror-start-till = Inicie o caixa com LUXPAY_TILL={ $till } luxpay, ou luxpay --till { $till }
ui-mirror-enlarge = Aumente esta janela para mostrar o código.
