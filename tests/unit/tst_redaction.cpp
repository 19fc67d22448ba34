#include "redaction.h"

#include <catch2/catch.hpp>

using jiujin::redact;

TEST_CASE("log lines lose ID numbers and mobile numbers, and keep everything else", "[redaction]")
{
    CHECK(redact(QStringLiteral("card 11010519491231002X read")) ==
          QStringLiteral("card [ID number] read"));
    CHECK(redact(QStringLiteral("id=150525198002290018,")) == QStringLiteral("id=[ID number],"));
    CHECK(redact(QStringLiteral("lower x 11010519491231002x")) ==
          QStringLiteral("lower x [ID number]"));
    CHECK(redact(QStringLiteral("call 13947512386 now")) == QStringLiteral("call [phone] now"));
    CHECK(redact(QStringLiteral("电话13947512386。")) == QStringLiteral("电话[phone]。"));
    // Not personal data: receipts, item codes, UUIDs, times and short numbers stay readable.
    for (const char *keep :
         {"receipt 20301-000042-1", "item 11150525MB0SB0001A415111010600001",
          "uuid 3f2b8c1e-9d4a-4e21-8a7b-139475123861", "at 2026-11-28T09:00:00.000Z",
          "queued 12 records, 1394751 bytes", "seq 123456789012345678901"})
        CHECK(redact(QString::fromUtf8(keep)) == QString::fromUtf8(keep));
}
