/*
 * bcryptprimitives.dll shim for Wine versions that lack ProcessPrng.
 *
 * Go >= 1.22 on Windows draws its randomness from ProcessPrng, which Windows
 * 10+ exports from bcryptprimitives.dll; Wine 8 (Debian bookworm) has no such
 * export, so every Go program dies at start-up. This DLL provides it on top
 * of RtlGenRandom (advapi32 SystemFunction036), which Wine does implement.
 * It is used only by scripts/test-windows.sh to run weft's tests under Wine.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, chunk))
			return FALSE;
		data += chunk;
		length -= chunk;
	}
	return TRUE;
}
