/* Stub of Windows' icuuc.dll for Wine: Qt6Core (Qt >= 6.7) imports these 20 ucnv_* functions.
 * Every converter fails to open, so Qt keeps to its built-in UTF-8/16/32 and Latin-1 codecs
 * (what ucd-desktop uses). Testing under Wine only. */
#include <stdint.h>
#include <stddef.h>
typedef int UErrorCode; typedef uint16_t UChar; typedef int32_t UChar32; typedef void UConverter;
#define EXPORT __declspec(dllexport)
static void fail(UErrorCode *e) { if (e && *e <= 0) *e = 16; /* U_UNSUPPORTED_ERROR */ }
EXPORT UConverter *ucnv_open(const char *n, UErrorCode *e) { (void)n; if (e && *e <= 0) *e = 4; return NULL; }
EXPORT void ucnv_close(UConverter *c) { (void)c; }
EXPORT void ucnv_reset(UConverter *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(const UConverter *c, UErrorCode *e) { (void)c; fail(e); return ""; }
EXPORT void ucnv_getToUCallBack(const UConverter *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
EXPORT void ucnv_getFromUCallBack(const UConverter *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
EXPORT void ucnv_setToUCallBack(UConverter *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; fail(e); }
EXPORT void ucnv_setFromUCallBack(UConverter *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; fail(e); }
EXPORT void ucnv_cbToUWriteUChars(void *a, const UChar *s, int32_t l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; fail(e); }
EXPORT void ucnv_cbFromUWriteUChars(void *a, const UChar **s, const UChar *sl, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)sl; (void)o; fail(e); }
EXPORT void ucnv_toUnicode(UConverter *c, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *off, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)off; (void)f; fail(e); }
EXPORT void ucnv_fromUnicode(UConverter *c, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *off, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)off; (void)f; fail(e); }
EXPORT int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *e) { (void)c; (void)e; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *e) { (void)c; (void)e; return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; (void)e; return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t i) { (void)i; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const UChar *u, int32_t l, UChar32 cp, int r, UErrorCode *e) { (void)c; (void)a; (void)u; (void)l; (void)cp; (void)r; (void)e; }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int32_t l, int r, UErrorCode *e) { (void)c; (void)a; (void)b; (void)l; (void)r; (void)e; }
