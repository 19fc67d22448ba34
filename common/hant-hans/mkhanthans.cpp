// Writes hant-hans.tsv: every Han character that ICU's "Traditional-Simplified" transliterator
// changes, read one character at a time as the kiosk's search folds a query
// (kiosk/core/queryanalyzer.cpp), with its simplified form: "TRADITIONAL<TAB>SIMPLIFIED".
// Central checks bundles with this table (common/hanfold.h) so that it needs no ICU; run by hand
// when Debian's ICU changes (cmake --build build/dev --target jiujin-hant-hans), and the unit
// test "central folds traditional characters as the kiosk's search does" tells when they disagree.
#include <unicode/translit.h>
#include <unicode/uscript.h>

#include <cstdio>
#include <memory>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT.tsv\n", argv[0]);
        return 2;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "ICU has no Traditional-Simplified transliterator: %s\n",
                     u_errorName(status));
        return 1;
    }
    std::FILE *out = std::fopen(argv[1], "w");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    int n = 0;
    for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
        UErrorCode e = U_ZERO_ERROR;
        if (uscript_getScript(c, &e) != USCRIPT_HAN || U_FAILURE(e))
            continue;
        const icu::UnicodeString in = icu::UnicodeString::fromUTF32(&c, 1);
        icu::UnicodeString simple = in;
        t->transliterate(simple);
        if (simple == in)
            continue;
        std::string a, b;
        in.toUTF8String(a);
        simple.toUTF8String(b);
        std::fprintf(out, "%s\t%s\n", a.c_str(), b.c_str());
        ++n;
    }
    if (std::fclose(out) != 0 || n == 0) {
        std::fprintf(stderr, "%s: not written (%d characters)\n", argv[1], n);
        return 1;
    }
    std::printf("%s: %d characters\n", argv[1], n);
    return 0;
}
