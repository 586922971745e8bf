# cmdline: -q -i
