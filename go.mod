module github.com/weftrun/weft

go 1.26.0

require (
	github.com/klauspost/cpuid/v2 v2.4.2
	golang.org/x/arch v0.32.0
	golang.org/x/sys v0.49.0
	golang.org/x/text v0.43.0
)

require github.com/dlclark/regexp2 v1.12.0
