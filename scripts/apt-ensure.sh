# Sourced by the test scripts: apt_ensure CMD... -- PKG... installs the
# Debian packages when any of the commands is missing, or prints a SKIP line
# and exits 0 when it cannot (not root, no apt-get, install failed).
apt_ensure() {
	local cmds=() pkgs=() missing=0 seen_sep=0 c
	for c in "$@"; do
		if [ "$c" = -- ]; then seen_sep=1; continue; fi
		if [ $seen_sep = 0 ]; then cmds+=("$c"); else pkgs+=("$c"); fi
	done
	for c in "${cmds[@]}"; do
		command -v "$c" >/dev/null 2>&1 || [ -x "$c" ] || missing=1
	done
	[ $missing = 0 ] && return 0
	if [ "$(id -u)" != 0 ]; then
		echo "SKIP: $SCRIPT_NAME: needs ${pkgs[*]} and cannot install them (not root)"; exit 0
	fi
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "SKIP: $SCRIPT_NAME: needs ${pkgs[*]} and there is no apt-get"; exit 0
	fi
	echo "$SCRIPT_NAME: installing ${pkgs[*]}"
	local log
	log=$(mktemp)
	if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}"; } >"$log" 2>&1; then
		tail -5 "$log"
		echo "SKIP: $SCRIPT_NAME: apt-get install ${pkgs[*]} failed"; rm -f "$log"; exit 0
	fi
	rm -f "$log"
}
