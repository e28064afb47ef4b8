# What went wrong, and what to do: the Luxfin API and the network.
# (English is also what the log keeps: luxpay logs these in English whatever the locale.)

net-refused = connection to { $host } refused: check the base URL and that the service is running
net-dns = cannot resolve { $host }: check the base URL and this machine's network and DNS
net-unreachable = could not connect to { $host } in time: check the network and the base URL
net-reset = the connection to { $host } was cut off: check the network and try again
net-other = cannot talk to { $host } ({ $detail }): check the network and try again
api-timeout = the Luxfin API did not answer within { $seconds } s: try again, or raise --timeout
api-unauthorized = the API key was refused (401): check your API key (--api-key-file, LUXFIN_API_KEY or api_key in config.toml)
api-unauthorized-said = the API key was refused (401: { $message }): check your API key (--api-key-file, LUXFIN_API_KEY or api_key in config.toml)
api-rejected = the Luxfin API refused the request ({ $status }): { $message }
api-redirect = the API answered with a redirect ({ $status }) to { $location }; luxpay does not follow redirects: check the base URL
api-server = the Luxfin API failed ({ $status }): { $message }; try again in a moment
api-invalid = the Luxfin API sent an answer luxpay cannot use: { $why }

# The books: why an event was refused, and what verify found.
books-shift-open = a shift is open at till { $till } since { $since } UTC: to add to its float, put cash in the drawer; to start a new one, close it first (Z)
books-no-order = a void or refund names its order
books-not-in-ledger = order { $order } is not in this till's ledger
books-voided-already = order { $order } is voided already
books-void-not-pending = order { $order } is { $status }: only a pending link can be voided; refund it instead (luxpay refund { $order } --tender cash|other --reason …)
books-refund-voided = order { $order } is voided: it was never paid, so there is nothing to refund
books-refund-not-paid = order { $order } is { $status }: only a paid order can be refunded
books-refunded-in-full = order { $order } is refunded in full already
books-refund-at-most = at most { $left } can be refunded on order { $order } ({ $paid } paid, { $refunded } refunded already)
books-cash-other-currency = the drawer counts { $drawer } only: cash in { $asked } would be in no count. Take it in { $drawer }, or by card or a link
books-refund-other-currency = the drawer counts { $drawer } only: { $asked } in cash cannot come out of it. Refund it another way (tender: other)
books-move-other-currency = the drawer counts { $drawer } only: { $asked } cannot go in or out of it
verify-missing = till { $till }: Z { $number } is missing
verify-does-not-follow = till { $till }: Z { $number } does not follow Z { $previous } (its prev_hash does not match)
verify-changed = till { $till }: Z { $number } does not match its events or its report: something in its period was changed, added or deleted
verify-kept-columns = till { $till }: order { $order }'s status or void is not what its events say: the payments table was edited

# The configuration: what the config file's checks say of a value stays English.
config-invalid = { $path } is not valid: { $message }
config-missing-key = no API key: put it in a file and pass --api-key-file PATH, set LUXFIN_API_KEY, or add api_key to { $path }; or try luxpay with --demo, which needs no key

# Why a PIN was not taken: the PIN screen and the command line.
staff-unknown = { $name } is not on the staff: pass --operator NAME of a manager
staff-wrong-pin = wrong PIN for { $name } ({ $left ->
    [one] 1 more wrong PIN locks
   *[other] { $left } more wrong PINs lock
} the name out for 5 minutes)
staff-not-manager = { $name } is a cashier: this needs a manager (--operator NAME of a manager, and their PIN)
staff-locked-out = { $name } is locked out after { $failures } wrong PINs: try again after { $until } (UTC)
staff-no-pin = this needs a manager's PIN and there is no terminal to ask it on: pass --pin-stdin and give the PIN on the first line of standard input
staff-pin-shape = a PIN is 4 to 8 digits (0-9), nothing else
staff-pin-mismatch = the two PINs differ
cannot-read = cannot read { $path }: { $error }

# Where the API key came from (doctor).
key-from-env = the LUXFIN_API_KEY environment variable
key-from-config = api_key in { $path }
key-demo = none needed (demo API)
key-none = no key found
