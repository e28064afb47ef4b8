# What the app says as it works: notices, the status line, questions, the form's checks.

## The amount a person types (the form, the books' questions, tips, the CLI's options).
money-enter-amount = digite um valor, por exemplo 12,50
money-number-only = digite só o número; a moeda é escolhida à parte
money-more-than-zero = o valor deve ser maior que zero
money-not-a-number = { $typed } não é um número: digite algarismos e um só separador decimal, por exemplo 12,50
money-too-large = { $typed } é grande demais para um valor
money-two-decimals = use no máximo duas casas decimais, por exemplo 12,50
money-above-limit = o valor passa do limite de { $limit }; se estiver certo, aumente max_amount no arquivo de configuração
money-ambiguous = { $typed } pode ser { $thousands } ou { $decimals }: digite { $thousands } (milhares) ou { $decimals } (decimais)
money-ambiguous-three-places = { $typed } pode ser { $thousands } (milhares), mas como decimal tem três casas: digite { $thousands }, ou use no máximo duas casas decimais

## A tip as typed (the tip screen, create --tip): the CLI puts -- before these.
tip-not-a-percent = gorjeta { $typed } não é uma porcentagem: digite um número, por exemplo 15
tip-out-of-range = gorjeta { $typed } não vale: de 0 a 100, por exemplo 15
tip-amount-error = gorjeta { $error }; ou uma porcentagem, por exemplo 15%
tip-amount-error-quoted = gorjeta { $typed }: { $error }; ou uma porcentagem, por exemplo 15%

## Typed text that would look like something else (email, product, redirect URL).
text-invisible-char = contém um caractere invisível ou que muda a direção do texto (U+{ $code }): digite de novo
text-combining-pile = contém uma pilha de acentos combinados: digite de novo

## The checks of the other fields of a sale (the form, create's options).
check-email-empty = digite o e-mail do cliente, por exemplo ana@example.com
check-email-invalid = { $typed } não é um endereço de e-mail; digite um como ana@example.com
check-product-empty = digite o que está sendo vendido, por exemplo "Café em grãos 1 kg"
check-product-too-long = tem { $count } caracteres; reduza para { $most } ou menos
check-product-controls = remova caracteres de controle (tabulações, escapes)
check-url-too-long = tem { $count } caracteres; use uma de { $most } ou menos
check-url-invalid = não é uma URL ({ $error }); digite uma como https://shop.example/obrigado ou deixe vazio
check-url-scheme = deve começar com https:// (ou http://) e ter um host
check-url-credentials = não pode ter usuário nem senha (user:pw@): o pagador os veria
check-currency-usd-only = { $method } aceita só USD; escolha USD ou pague com cartão em { $currency }
check-tip-above-limit = com esta gorjeta o valor fica { $amount }, acima do limite de { $limit }

## Making a payment link.
app-fields-need-fixing = { $count ->
    [one] { $count } campo precisa de correção: nada foi enviado
   *[other] { $count } campos precisam de correção: nada foi enviado
}
app-stopped-waiting = Parou de esperar. Se a Luxfin criar o link mesmo assim, ele aparecerá no histórico (Ctrl+P).
app-other-amount-not-shown = O pedido { $order_id } foi criado com outro valor: não exibido
app-link-created = Link de pagamento criado: pedido { $order_id }
# Follows another notice after " · ".
app-shift-opened-zero = um turno foi aberto com fundo de troco 0 (i no Resumo lança o fundo)
# Follows the API's error and ". ".
app-create-may-exist = O pagamento pode existir mesmo assim: confira antes de tentar de novo.
app-link-not-created = O link de pagamento não foi criado
app-stopped-did-create = A solicitação interrompida criou o pedido { $order_id }: ele está no histórico
app-not-in-ledger-retrying = O pedido { $order_id } vale, mas não pôde ser gravado no registro: { $error }; tentando de novo

## The books: cash sales, the drawer, voids, refunds, the shift.
books-ask-cash = Dinheiro
books-ask-cash-under = Total { $total }: valor entregue (só Enter: sem troco)
books-ask-float = Abrir o turno
books-ask-float-under = O fundo de troco: dinheiro na gaveta agora
books-ask-cash-in = Suprimento
books-ask-cash-in-under = Dinheiro posto na gaveta, e por quê
books-ask-cash-out = Sangria
books-ask-cash-out-under = Dinheiro tirado da gaveta, e por quê
books-ask-void = Cancelar o pedido { $order_id }
# $sale: the sale's money and product, "7.50 USD · Latte".
books-ask-void-under = { $sale }: por quê? (o cliente ainda pode pagar)
books-ask-refund = Estornar o pedido { $order_id }
books-ask-refund-under = { $sale }: valor (vazio: todo o restante), meio, motivo
books-ask-close = Fechar o turno (Z)
books-ask-close-under = O dinheiro contado na gaveta
books-offline-not-sent = Offline: a Luxfin não responde, nenhum link foi enviado. O dinheiro continua (Ctrl+T); Enter tenta a Luxfin de novo em { $seconds } s
app-voided-already = O pedido { $order_id } já está cancelado
books-only-pending-voided = O pedido { $order_id } está { $status }: só um link pendente é cancelado; m o estorna
books-only-paid-refunded = O pedido { $order_id } está { $status }: só uma venda paga é estornada
books-only-paid-refunded-pending = O pedido { $order_id } está { $status }: só uma venda paga é estornada; x cancela um link pendente
books-type-amount = Digite o valor
books-type-count = Digite o valor (0 para gaveta vazia)
books-say-why = Diga o motivo em poucas palavras: ele fica guardado com o lançamento
books-out-more-than-held = A gaveta deveria ter só { $held }: confira o valor, ou tecle Enter de novo para retirar { $amount } mesmo assim
books-less-than-total = { $given } é menos que o total { $total }
books-cash-not-recorded = A venda em dinheiro não foi registrada: { $error }. Nada foi cobrado: tente de novo
books-cash-sale-paid = Venda em dinheiro { $order_id } PAGA: { $money }
# Follows the cash sale's notice after " · ".
books-change = troco { $change }
books-not-written = Não gravado: { $reason }
books-shift-opened = Turno aberto com fundo de troco de { $money }
books-cash-put-in = { $money } posto na gaveta
books-cash-taken-out = { $money } tirado da gaveta
books-voided = Pedido { $order_id } cancelado: se o cliente pagar mesmo assim, o luxpay mostra PAGO APÓS CANCELAMENTO
books-refunded = Estornado { $money } do pedido { $order_id } ({ $tender })
books-tender-cash = dinheiro
books-tender-other = outro
# Follows a book event's notice after " · ".
books-shift-opened-for-it = um turno foi aberto para isso com fundo de troco 0
books-z-closed = O Z { $number } fechou o turno; a próxima venda abre um novo
books-shift-not-closed = O turno não foi fechado: { $error }
app-paid-after-void = PAGO APÓS CANCELAMENTO: o pedido { $order_id } ({ $money }) foi cancelado às { $time } e pago mesmo assim. Conta como pago: estorne o cliente (m) ou mantenha a venda.

## The history views.
# What a manager approves (shown on the PIN screen, and in "…: not done").
app-export-view = Exportar a visão
app-shift-keys-in-summary = As teclas do turno (s i o Z) funcionam no Resumo: v até ele aparecer
app-exporting = Exportando…
app-export-server-not-yet = Nada para exportar ainda: a lista do servidor não chegou
app-export-shop-not-yet = Nada para exportar ainda: os pagamentos da loja não chegaram
app-exporting-rows = { $count ->
    [one] Exportando { $count } linha…
   *[other] Exportando { $count } linhas…
}
app-ledger-not-read = Não foi possível ler o registro: { $error }
app-no-link-recovered = Nenhum link para copiar: esta venda foi recuperada, e a lista da Luxfin não traz links
app-range-backwards = { $from } é depois de { $to }: o dia anterior primeiro

## Keys, copying, quitting, and what the effects report back.
app-no-link-to-copy = Nenhum link para copiar ou mostrar: dinheiro se paga no caixa, e um link cancelado não é mostrado de novo
app-wrong-amount = Este link foi criado com outro valor: não mostre ao cliente
app-quit-creating = Um link de pagamento está sendo criado
app-quit-unrecorded = { $count ->
    [one] { $count } link ainda não está no registro (o log tem)
   *[other] { $count } links ainda não estão no registro (o log tem)
}
# $why: one of the two above.
app-quit-anyway = { $why }: Ctrl+C de novo para sair mesmo assim
app-copy-off-config = Copiar está desligado (clipboard = "off" no config.toml)
app-copied-system = Link copiado para a área de transferência do sistema
app-copied-osc52 = Link enviado para a área de transferência do terminal (OSC 52)
app-copy-off = Copiar está desligado
app-copy-failed = Falha ao copiar: { $reason }. O link está na tela para digitar.
app-ledger-not-written = Não foi possível gravar o registro: { $error }
app-exported = Exportado para { $path }
app-export-failed = Falha na exportação: { $error }
app-warning = Aviso: { $text }
# $event: the hook's name in the config file (on_paid…).
app-hook-failed = { $reason }; as próximas falhas de { $event } vão só para o log
app-printed-report = Relatório impresso
app-not-printed = Não impresso: { $reason }

## The ledger at start, and sales an earlier run left in flight.
app-ledger-not-opened = Não foi possível abrir o registro: { $error }
# $message: what recovery found (the sale-… messages, joined by "; ").
app-ledger-says = Registro: { $message }
sale-recovered = { $count ->
    [one] recuperada { $count } venda cuja resposta se perdeu: o pedido { $orders } agora está no registro
   *[other] recuperadas { $count } vendas cuja resposta se perdeu: os pedidos { $orders } agora estão no registro
}
sale-not-created = { $count ->
    [one] { $count } venda interrompida não foi criada na Luxfin
   *[other] { $count } vendas interrompidas não foram criadas na Luxfin
}
sale-in-flight = { $count ->
    [one] { $count } venda pode ainda estar em andamento: `luxpay ledger recover` verifica de novo mais tarde
   *[other] { $count } vendas podem ainda estar em andamento: `luxpay ledger recover` verifica de novo mais tarde
}

## Printing slips and receipts.
app-no-printer = Sem impressora: defina printer no config.toml (veja o README, "Receipt printer")
app-no-link-to-print = O pedido { $order_id } não tem link para imprimir
app-expired-nothing-to-print = Pedido { $order_id } expirado: g cria um link novo para imprimir
# $paper: "slip" (the code, while it waits) or "receipt" (once paid).
app-printing = { $paper ->
    [receipt] Imprimindo o recibo do pedido { $order_id }…
   *[slip] Imprimindo o comprovante do pedido { $order_id }…
}
app-printed = { $paper ->
    [receipt] Recibo do pedido { $order_id } impresso
   *[slip] Comprovante do pedido { $order_id } impresso
}
# Follows the PAID notice after " · ".
app-receipt-printed = recibo impresso
app-not-printed-retry = Não impresso: { $reason } — p para tentar de novo

## Following payments.
app-key-refused = a chave da API foi recusada
app-paid-is-final = O pedido { $order_id } está PAGO: é definitivo, nada a verificar
app-checking = Verificando o pedido { $order_id }…
app-status-unknown = Pedido { $order_id }: status desconhecido: { $error }
# $status: the status with how long it has waited ("PENDING 1:42").
app-checked-just-now = Pedido { $order_id }: { $status }, verificado agora
# How the app knows the PAID notice: app-order-paid-money starts with it.
app-order-paid = O pedido { $order_id } está PAGO
app-order-paid-money = O pedido { $order_id } está PAGO: { $money }
app-order-expired = Pedido { $order_id } EXPIRADO: g para um link novo
# A waiting payment in a list, in whole minutes.
app-pending-minutes = PENDENTE { $minutes } min
# A waiting payment with how long it has waited (1:42).
app-pending-clock = PENDENTE { $clock }

## Staff and the lock.
app-staff-not-read = Não foi possível ler a lista da equipe: { $error }. Ctrl+C sai; inicie o luxpay de novo.
app-no-staff-to-lock = Ninguém na equipe, então não há PIN para bloquear (luxpay staff add)
# $role: "manager" or "cashier".
app-open-for = Aberto para { $name } ({ $role ->
    [manager] gerente
   *[cashier] caixa
})
app-no-manager = Isto precisa de um gerente, e não há nenhum na equipe
# $what: what waited for approval ("Export the view", "Close the shift (Z)").
app-not-approved = { $what }: não feito (nenhum gerente aprovou)

## Links not yet in the ledger.
app-in-ledger-now = O pedido { $order_id } agora está no registro
# The title bar's warning.
app-unrecorded-banner = { $count ->
    [one] { $count } link NÃO está no registro: tentando de novo
   *[other] { $count } links NÃO estão no registro: tentando de novo
}

## The duplicate and large-amount questions, the catalogue, tips.
app-nothing-sent = Nada foi enviado
# $key: the function key's number (F5 → 5).
app-no-catalogue-key = F{ $key } não tem item do catálogo ([[catalogue]] key = "F{ $key }")
app-catalogue-empty = O catálogo está vazio: adicione itens [[catalogue]] ao arquivo de configuração
app-no-tip-preset = não há predefinição { $number }

# O nome de um campo nas mensagens.
field-amount = valor
field-customer = e-mail do cliente
field-product = produto
field-redirect-url = URL de redirecionamento
field-method = forma de pagamento
field-currency = moeda
field-error = { $field }: { $message }
app-staff-list-unread = não foi possível ler a lista da equipe: { $error }
app-no-mirror = sem espelho para o cliente: { $error }
app-not-a-date = { $typed } não é uma data: use AAAA-MM-DD

# O carrinho: itens do catálogo, no app e com create --item.
cart-item-quantity = --item { $item }: a quantidade depois de * deve ser de 1 a 999
cart-catalogue-empty = --item { $item }: o catálogo está vazio ([[catalogue]] no arquivo de config)
cart-item-unknown = --item { $item } não está no catálogo: { $names }
cart-item-refused = --item { $item }: { $error }
cart-mixed-currency = { $item } é vendido em { $sold_in } e o carrinho está em { $cart }: faça uma venda separada
