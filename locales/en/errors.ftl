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
