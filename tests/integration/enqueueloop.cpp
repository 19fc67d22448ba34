// jiujin-enqueue-loop DB [KEY.pem [COUNT]]: sets the central public key from KEY.pem (so rounds can
// switch suites without the driver opening the database), then submits valid applications to a
// provisioned kiosk database, one after another, and prints "RECEIPT UUID" for each right after
// submit() has returned, i.e. only what the kiosk has acknowledged. The crash driver SIGKILLs it at
// random moments.
#include "integration.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace jiujin;

namespace {
// One write() per line: a pipe takes writes up to PIPE_BUF whole, so a kill never leaves the
// driver half a line it could mistake for an acknowledgement.
void say(const QByteArray &line)
{
    const char *p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(left));
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DB [KEY.pem [COUNT]]\n", argv[0]);
        return 2;
    }
    const int count = argc > 3 ? std::atoi(argv[3]) : 1000000;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    if (argc > 2) {
        QFile key(QString::fromLocal8Bit(argv[2]));
        if (!key.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[2]);
            return 1;
        }
        if (auto r = CatalogueStore(*db.value())
                         .setSetting(QStringLiteral("central.public_key"),
                                     QString::fromLatin1(key.readAll()));
            !r) {
            std::fprintf(stderr, "key: %s\n", qPrintable(r.error().message));
            return 1;
        }
    }
    say("ready\n");
    SubmissionService service(*db.value(), &test::fixedNow);
    for (int i = 0; i < count; ++i) {
        // Alternate with and without a picture, so some records have attachments and some none.
        Application application = test::unemployment();
        if (i % 3 == 2)
            application.materials[0].images.append(
                {QByteArray(3000, char('a' + i % 26)), QStringLiteral("image/jpeg")});
        auto queued = service.submit(application);
        if (!queued) {
            std::fprintf(stderr, "submit: %s\n", qPrintable(queued.error().message));
            return 1;
        }
        say(queued->receipt.toLatin1() + ' ' + queued->uuid.toLatin1() + '\n');
    }
    return 0;
}
