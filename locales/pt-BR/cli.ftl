# The command line's words for people (not --json, not CSV), and doctor.

## Linhas no stderr: `nota: …`, `aviso: …`.
cli-note = nota: { $text }
cli-warning = aviso: { $text }
cli-see-the-log = { $error } (veja o log)
cli-demo-banner = DEMO: a API de demonstração embutida do luxpay; nenhum dinheiro real circula.
cli-demo-server-banner = DEMO: um demo-server do luxpay, não a Luxfin; nenhum dinheiro real circula.
cli-demo-short = API DEMO: sem dinheiro real
cli-actions-ran = o pedido { $order_id } está { $status }: suas ações já rodaram neste caixa
cli-actions-unknown = não dá para saber se as ações do pedido { $order_id } já rodaram ({ $error }): elas serão executadas
cli-unrecorded = não foi possível gravar isto no registro { $path } ({ $error }): guarde esta saída
cli-no-times = não foi possível ler o registro para os horários: { $error }
cli-recover-later = { $error }; `luxpay ledger recover` tenta de novo
cli-not-shared-yet = ainda não está no registro compartilhado da loja ({ $error }); fica guardado aqui e vai com o próximo comando ou `luxpay ledger sync`
cli-resent = o banco de dados da loja não é aquele para o qual este caixa enviou por último (restaurado de um backup, ou um servidor novo): todo o registro deste caixa é enviado de novo; o que ele já tem não é duplicado

## create: os dados da venda, um rótulo e seu valor por linha.
cli-creating = Criando o link de pagamento
cli-label-order = Pedido
cli-label-amount = Valor
cli-label-product = Produto
cli-label-tip = Gorjeta
cli-label-customer = Cliente
cli-label-tendered = Recebido
cli-label-change = Troco
cli-label-method = Forma
cli-label-till = Caixa
cli-label-status = Status
cli-method-card = Cartão
cli-method-cash = Dinheiro
cli-tip-on = { $tip } sobre { $subtotal }
cli-walk-in = cliente avulso ({ $customer })
cli-no-printer = não impresso: nenhuma impressora definida (printer no config.toml)
cli-not-printed = não impresso: { $reason }
cli-printed-slip = guia de pagamento impressa
cli-printed-receipt = comprovante impresso
cli-printed-report = relatório impresso

## Os livros: turno, gaveta, cancelamento, reembolso, relatório, verificação.
cli-shift-opened-itself = nenhum turno estava aberto no caixa { $till }: um é aberto com fundo de troco de { $float } (`luxpay drawer in --amount … --reason float` soma a ele o dinheiro da gaveta)
cli-shift-opened = Turno aberto no caixa { $till } com fundo de troco de { $float }.
cli-drawer-in = { $amount } colocados na gaveta do caixa { $till }.
cli-drawer-out = { $amount } retirados da gaveta do caixa { $till }.
cli-voided = Pedido { $order_id } cancelado. A Luxfin não pode desativar o link: se o cliente pagar mesmo assim, o luxpay mostra PAGO APÓS CANCELAMENTO.
cli-status-unrecorded = não foi possível gravar o status do pedido { $order_id } dado pelo servidor: { $error }
cli-void-server-unasked = não foi possível consultar o servidor sobre o pedido { $order_id } ({ $error }): vale o que este caixa sabe
cli-refunded-cash = Reembolsados { $amount } do pedido { $order_id } em dinheiro, da gaveta.
cli-refunded-other = Reembolsados { $amount } do pedido { $order_id } de outra forma (não da gaveta).
cli-no-shift-open = nenhum turno aberto no caixa { $till }: a próxima venda abre um
cli-shop-no-z = Nenhum relatório Z foi fechado em { $date }.
cli-verify-intact = { $count ->
    [one] { $count } relatório Z, cadeia intacta
   *[other] { $count } relatórios Z, cadeia intacta
}

## summary
cli-status-change-unrecorded = não foi possível gravar uma mudança de status no registro: { $error }
cli-status-change-unshared = não foi possível gravar uma mudança de status no registro da loja: { $error }

## status, e create --wait: o status conforme muda, no stderr.
cli-status-final-kept = o servidor agora diz { $server }; o registro tem { $known }, que é definitivo
cli-wait-recorded-already = { $status } (já registrado)
cli-wait-recorded = { $status } (registrado)
cli-wait-retrying = status desconhecido, nova tentativa em { $secs } s: { $error }

## staff
cli-staff-added = { $name } adicionado como { $role }.
cli-staff-none = Nenhum funcionário: no caixa qualquer um pode fazer tudo (`luxpay staff add NOME --role manager` começa uma lista).
cli-staff-removed = { $name } removido da equipe.
cli-staff-pin-changed = O PIN de { $name } foi alterado.
cli-role-manager = gerente
cli-role-cashier = operador de caixa
cli-pin-prompt = PIN de { $name }:
cli-new-pin-prompt = Novo PIN para { $name } (4 a 8 dígitos):
cli-pin-again-prompt = O mesmo PIN de novo:

## summary: o dia, resumido.
summary-title = Resumo de { $date } ({ $count ->
    [one] { $count } pagamento
   *[other] { $count } pagamentos
} no registro)
summary-by-status = Por status
summary-by-method = Por forma de pagamento
summary-by-till = Por caixa
summary-by-operator = Por operador
summary-tips = Gorjetas (incluídas nos totais acima)
summary-none = (nenhum)
summary-unchecked = { $count ->
    [one] { $count } pagamento em aberto não pôde ser conferido com o servidor: contado como o registro o conhece.
   *[other] { $count } pagamentos em aberto não puderam ser conferidos com o servidor: contados como o registro os conhece.
}
summary-not-reconciled = Não conciliado: o histórico do servidor não pôde ser lido.
summary-server-totals = Totais do servidor: { $totals }
summary-totals-none = nenhum
summary-server-sum-mixed = a soma do próprio servidor, { $sum }, junta moedas diferentes
summary-reconciled = Conciliado com o servidor: sem diferenças.
summary-differences = Diferenças com o servidor ({ $count }):

## list, history, test-webhook
cli-list-empty = Nenhum pagamento a partir da posição { $offset }.
cli-history-line = { $count ->
    [one] { $count } pagamento
   *[other] { $count } pagamentos
} de { $from } a { $to }; totais: { $totals }
cli-test-webhook = Webhook de teste solicitado: { $said }

## Erros: a linha no stderr (`--json` continua em inglês).
cli-error = erro: { $text }
cli-cannot-start = não foi possível iniciar: { $error }
cli-error-create-uncertain =
    { $error }
    o pagamento pode ter sido criado mesmo assim: confira `luxpay list` antes de tentar de novo
cli-error-amount-changed = A Luxfin criou este link por { $made }, não por { $asked }: não mostre ao cliente. É o pedido { $order_id } ({ $order_url }), gravado no registro como criado por outro valor
cli-error-shared = o registro compartilhado: { $error }
cli-error-closed-pipe = a saída foi fechada
cli-error-tampered = a cadeia de relatórios Z está quebrada: { $broken }
cli-error-refused = recusado: { $reason }
cli-tip-refused = --tip: { $error }
cli-bad-amount = { $option } { $typed }: { $error }
cli-tendered-short = --tendered { $given } é menos que o total { $total }: receba pelo menos o total

## O que os livros recusam, e os relatórios Z da loja.
cli-reason-empty = --reason está vazio: diga por quê, em poucas palavras (fica guardado com o lançamento)
cli-no-z-yet = o caixa { $till } ainda não tem relatório Z: `luxpay close --counted …` cria um
cli-no-z = o caixa { $till } não tem relatório Z { $number }
cli-nothing-to-close = nenhum turno aberto no caixa { $till }: nada a fechar
cli-shop-z-line = { $till } Z { $number } bruto { $gross } gaveta { $difference } { $currency }
cli-shop-z-sum = { $count ->
    [one] O relatório Z de { $date }:
   *[other] Soma dos { $count } relatórios Z de { $date }:
}
cli-shop-z-totals = { $currency }: { $sales ->
    [one] { $sales } venda
   *[other] { $sales } vendas
}, bruto { $gross }, gorjetas { $tips }, cancelamentos { $voids } ({ $voided }), reembolsos { $refunds } ({ $refunded }), líquido { $net }
cli-shop-z-drawers = gavetas ({ $currency }): esperado { $expected }, contado { $counted }, diferença { $difference }

## O pendente deste caixa vai para o registro da loja: uma linha no stderr.
cli-backlog-now = pendente deste caixa
cli-backlog-first = primeiro, o pendente deste caixa
cli-backlog-progress = Enviando ao registro da loja ({ $what }): { $payments } de { $payments_waiting } pagamentos, { $events } de { $events_waiting } mudanças de status, { $books } de { $books_waiting } lançamentos

## Equipe e PINs na linha de comando.
cli-stdin-pin-unread = não foi possível ler o PIN da entrada padrão: { $error }
cli-stdin-new-pin-unread = não foi possível ler o novo PIN da entrada padrão: { $error }
cli-stdin-ended-pin = a entrada padrão terminou antes de o PIN ser dado
cli-stdin-ended-new-pin = a entrada padrão terminou antes de o novo PIN ser dado
cli-pin-not-asked = não foi possível pedir o PIN no terminal: { $error }
cli-new-pin-refused = o novo PIN de { $name }: { $error }
cli-staff-bad-name = o nome { $name } não pode ser usado: use de 1 a { $max } caracteres imprimíveis
cli-staff-first-manager = a primeira pessoa adicionada deve ser gerente (--role manager): { $name } seria operador de caixa sem ninguém para aprovar nada
cli-staff-nobody = não há ninguém na equipe: primeiro `luxpay staff add NOME --role manager`

## ledger import, check, recover, sync
cli-ledger-io = o registro { $path }: { $error }
cli-importing = Importando { $file }…
cli-imported = Importados { $payments ->
    [one] { $payments } pagamento
   *[other] { $payments } pagamentos
} e { $events ->
    [one] { $events } mudança de status
   *[other] { $events } mudanças de status
} de { $file } para { $ledger }
cli-imported-skipped = { $count ->
    [one] { $count } linha ilegível ignorada
   *[other] { $count } linhas ilegíveis ignoradas
}, todos os outros registros estão intactos
cli-check-ledger = registro
cli-check-integrity = integridade
cli-check-payments = pagamentos
cli-check-status-events = mudanças de status
cli-check-open-intents = vendas em andamento
cli-check-schema = esquema
cli-check-size = tamanho
cli-check-ok = ok
cli-check-damaged = DANIFICADO
cli-ledger-damaged = o registro { $path } está danificado: guarde uma cópia e recupere-o com `sqlite3 { $path } .recover | sqlite3 recovered.db`
cli-nothing-to-recover = Nenhuma venda ficou pendente: nada a recuperar
cli-no-shared-ledger = sem registro compartilhado: defina ledger_url em { $config } (ou --ledger-url, LUXPAY_LEDGER_URL) com uma URL postgres://
cli-synced = Enviados { $payments ->
    [one] { $payments } pagamento
   *[other] { $payments } pagamentos
}, { $events ->
    [one] { $events } mudança de status
   *[other] { $events } mudanças de status
} e { $books ->
    [one] { $books } lançamento ou relatório Z
   *[other] { $books } lançamentos ou relatórios Z
} ao registro compartilhado ({ $shared }, { $encrypted ->
    [yes] criptografado
   *[no] sem criptografia
}); { $waiting } aguardando
cli-sync-conflicts = { $count ->
    [one] { $count } venda do caixa { $till } tem um número de pedido
   *[other] { $count } vendas do caixa { $till } têm um número de pedido
} que o registro compartilhado tem para outra venda: ficam à parte (tabela luxpay_conflicts), não contam como a outra. Isso acontece com dois caixas em duas APIs de demonstração: usem um só `luxpay demo-server`.

## export, summary, list, history, webhook
cli-shop-needs-ledger = --shop precisa do registro compartilhado da loja: defina ledger_url em { $config } (ou --ledger-url, LUXPAY_LEDGER_URL)
cli-latest-not-sent = não foi possível enviar antes as últimas vendas deste caixa: { $error }
cli-from-after-to = --from { $from } é depois de --to { $to }: dê primeiro o dia anterior
cli-from-and-to = dê --from e --to, ou nenhum
cli-export-stopped = parado após { $count } pedidos; dê --from e --to para um período
cli-cannot-write = não foi possível gravar { $path }: { $error }
cli-file-exists = { $path } já existe: escolha outro nome ou apague-o antes
cli-wrote-stdout = { $count ->
    [one] { $count } pagamento gravado
   *[other] { $count } pagamentos gravados
} no stdout
cli-wrote-file = { $count ->
    [one] { $count } pagamento gravado
   *[other] { $count } pagamentos gravados
} em { $path }
cli-shop-not-asked = o registro da loja não foi consultado ({ $error })
cli-summary-whole-shop = A loja inteira, todos os caixas, do registro compartilhado
cli-summary-no-key = sem chave de API: só o registro local foi somado
cli-other-tills-unknown = os pedidos que estão no servidor mas não aqui não puderam ser consultados no registro da loja ({ $error }): aparecem como diferenças
cli-summary-checking = verificando os pagamentos abertos com o servidor
cli-column-when = QUANDO
cli-column-id = ID
cli-column-status = STATUS
cli-column-amount = VALOR
cli-column-customer = CLIENTE
cli-column-product = PRODUTO
cli-no-api-secret = sem segredo de API para verificar as assinaturas dos webhooks: passe --api-secret-file CAMINHO, defina LUXFIN_API_SECRET ou adicione api_secret em { $config }
cli-webhook-receiving = luxpay: recebendo webhooks em { $url } (SIGTERM ou Ctrl+C para)

## doctor: um rótulo e seu valor por linha; os rótulos ficam alinhados.
doctor-title = luxpay { $version } doctor
doctor-title-demo = luxpay { $version } doctor (API DE DEMONSTRAÇÃO)
doctor-configuration = Configuração
doctor-config-file = arquivo config
doctor-config-not-found = não encontrado: valores padrão
doctor-data-dir = dados
doctor-logs = logs
doctor-logs-kept = { $dir } (luxpay.DATA.log, guardados por 7 dias)
doctor-ledger = registro
doctor-ledger-stats = { $path } ({ $payments ->
    [one] { $payments } pagamento
   *[other] { $payments } pagamentos
}, { $size }, esquema { $schema }{ $in_flight })
doctor-in-flight = { $count ->
    [one] { $count } venda pendente
   *[other] { $count } vendas pendentes
}: execute `luxpay ledger recover`
doctor-ledger-unread = { $path } (não pode ser lido: { $error })
doctor-till = caixa
doctor-till-operator = { $till } (operador { $operator })
doctor-shared-ledger = registro da loja
doctor-backlog = { $payments ->
    [one] { $payments } pagamento
   *[other] { $payments } pagamentos
} e { $events ->
    [one] { $events } mudança de status
   *[other] { $events } mudanças de status
} a enviar, último envio { $last }
doctor-never = nunca
doctor-backlog-unknown = pendente desconhecido
doctor-reached = conectado: esquema { $schema }, { $encrypted }, banco { $identity }
doctor-over-tls = via TLS
doctor-not-encrypted = sem criptografia
doctor-conflicts = { $count ->
    [one] { $count } venda deste caixa conflita
   *[other] { $count } vendas deste caixa conflitam
} com o número de pedido de outra venda (tabela luxpay_conflicts)
doctor-unreached = inacessível: { $error }
doctor-printer = impressora
doctor-mirror-socket = socket espelho
doctor-base-url = URL base
doctor-api-key = chave de API
doctor-timeout = tempo limite
doctor-seconds = { $seconds } s
doctor-warning = aviso
doctor-api = API
doctor-api-ok = ok: a chave foi aceita (GET /payments respondeu)
doctor-not-checked = não verificado: { $error }
doctor-failed = FALHOU: { $error }
doctor-terminal = Terminal
doctor-term = TERM
doctor-not-set = não definido
doctor-colours = cores
doctor-size = tamanho
doctor-size-unknown = desconhecido (não é um terminal)
doctor-ssh = SSH
doctor-tmux = tmux
doctor-screen = GNU screen
doctor-display = tela
doctor-copy-goes-to = cópia vai para
doctor-yes = sim
doctor-no = não
doctor-sample-not-drawn = QR code de exemplo: não desenhado, stdout não é um terminal
doctor-sample = QR code de exemplo: escaneie com um celular; deve mostrar { $sample }
doctor-sample-failed = não foi possível desenhá-lo: { $error }
cli-mirror-needs-terminal = luxpay mirror desenha num terminal: execute-o no terminal que o cliente vê
cli-demo-with-shared-ledger = --demo com um registro compartilhado (ledger_url): cada API de demonstração embutida numera seus pedidos a partir de 1, então dois caixas fariam os mesmos números. Em vez disso, inicie um `luxpay demo-server` e aponte cada caixa para ele com --base-url
cli-demo-not-started = não foi possível iniciar a API de demonstração: { $error }
cli-cannot-listen = não foi possível escutar em { $addr }: { $error }
cli-cash-unrecorded = a venda em dinheiro não foi registrada: { $error }

## doctor: the terminal's colours, where a copy goes, the printer
termenv-colours-none = nenhuma (NO_COLOR está definido; os QR codes ficam preto no branco)
termenv-colours-24bit = 24 bits
termenv-colours-256 = 256
termenv-colours-unknown = desconhecidas (TERM não está definido ou é dumb)
termenv-colours-16 = 16 ou mais (TERM não diz 256color)
clipboard-route-system = a área de transferência do sistema (se não estiver acessível, OSC 52)
clipboard-route-osc52 = a área de transferência do terminal via OSC 52 (no tmux, precisa de `set -g set-clipboard on`)
clipboard-route-osc52-tmux = a área de transferência do terminal via OSC 52, repassada pelo tmux
clipboard-route-osc52-screen = a área de transferência do terminal via OSC 52, pelo GNU screen
clipboard-route-off = lugar nenhum (clipboard = "off")
doctor-printer-native-qr = QR da impressora
doctor-printer-raster-qr = QR como imagem
doctor-printer-line = { $target } ({ $width } mm, { $qr }, texto em { $codepage }{ $on_paid ->
    [yes] , recibo ao pagar
   *[no] {""}
})
