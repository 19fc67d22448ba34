#include "printer.h"

#include "catalogueservice.h" // lcCore

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QSaveFile>

#include <cups/cups.h>

#include <type_traits>

namespace jiujin {

namespace {
/** libcups' calls, resolved on the first print: the library (and the TLS, Kerberos and Avahi
 *  libraries it links) is opened on first use, not loaded with the kiosk before its first frame
 *  (DESIGN §9c). */
struct Cups
{
    bool ok = false;
    decltype(&httpConnect2) connect = nullptr;
    decltype(&httpClose) close = nullptr;
    decltype(&httpSetTimeout) setTimeout = nullptr;
    decltype(&httpAssembleURIf) assembleUri = nullptr;
    decltype(&cupsServer) server = nullptr;
    decltype(&ippPort) port = nullptr;
    decltype(&cupsEncryption) encryption = nullptr;
    decltype(&cupsGetDefault2) getDefault = nullptr;
    decltype(&cupsDoRequest) doRequest = nullptr;
    decltype(&cupsLastError) lastError = nullptr;
    decltype(&cupsLastErrorString) lastErrorString = nullptr;
    decltype(&cupsPrintFile2) printFile = nullptr;
    decltype(&ippNewRequest) newRequest = nullptr;
    decltype(&ippAddString) addString = nullptr;
    decltype(&ippDelete) ippFree = nullptr;
};

const Cups &cups()
{
    static const Cups api = [] {
        Cups c;
        static QLibrary library(QStringLiteral("cups"), 2); // libcups.so.2
        if (!library.load())
            return c;
        auto get = [](const char *name, auto &into) {
            into = reinterpret_cast<std::remove_reference_t<decltype(into)>>(library.resolve(name));
            return into != nullptr;
        };
        c.ok = get("httpConnect2", c.connect) && get("httpClose", c.close) &&
               get("httpSetTimeout", c.setTimeout) && get("httpAssembleURIf", c.assembleUri) &&
               get("cupsServer", c.server) && get("ippPort", c.port) &&
               get("cupsEncryption", c.encryption) && get("cupsGetDefault2", c.getDefault) &&
               get("cupsDoRequest", c.doRequest) && get("cupsLastError", c.lastError) &&
               get("cupsLastErrorString", c.lastErrorString) &&
               get("cupsPrintFile2", c.printFile) && get("ippNewRequest", c.newRequest) &&
               get("ippAddString", c.addString) && get("ippDelete", c.ippFree);
        return c;
    }();
    return api;
}

struct HttpClose
{
    void operator()(http_t *http) const { cups().close(http); }
};
struct IppFree
{
    void operator()(ipp_t *ipp) const { cups().ippFree(ipp); }
};

constexpr int kConnectMs = 3000;
constexpr double kIoSeconds = 3.0; // per wait for data, not per job; the scheduler is local

// Returning 0 makes libcups give up instead of waiting forever on a hung scheduler. libcups then
// reports errno, often 0 ("Success"), so the flag is what tells a timeout apart.
int giveUp(http_t *, void *timedOut)
{
    *static_cast<bool *>(timedOut) = true;
    return 0;
}

QString cupsMessage(bool timedOut)
{
    if (timedOut)
        return QStringLiteral("no answer within %1 s").arg(kIoSeconds);
    return QString::fromUtf8(cups().lastErrorString());
}
} // namespace

CupsPrinter::CupsPrinter(QString destination) : m_destination(std::move(destination)) {}

Result<QString> CupsPrinter::print(const QString &pdfPath)
{
    if (!QFileInfo(pdfPath).isFile())
        return Error{Error::NotFound, QStringLiteral("no such file: %1").arg(pdfPath)};
    const Cups &api = cups();
    if (!api.ok)
        return Error{Error::Io,
                     QStringLiteral("libcups.so.2 could not be loaded (libcups2 missing?)")};

    // An explicit connection with a connect timeout and an I/O timeout: the implicit
    // CUPS_HTTP_DEFAULT connection has neither. Everything below uses only this connection and
    // libcups' per-thread state, so concurrent print() calls do not interfere.
    std::unique_ptr<http_t, HttpClose> http(api.connect(
        api.server(), api.port(), nullptr, AF_UNSPEC, api.encryption(), 1, kConnectMs, nullptr));
    if (!http)
        return Error{
            Error::Io,
            QStringLiteral("CUPS is not reachable at %1").arg(QString::fromUtf8(api.server()))};
    bool timedOut = false;
    api.setTimeout(http.get(), kIoSeconds, giveUp, &timedOut);

    QByteArray name = m_destination.toUtf8();
    if (name.isEmpty()) {
        // cupsGetDefault2 honours LPDEST/PRINTER and lpoptions, then asks the scheduler on
        // our connection.
        const char *fallback = api.getDefault(http.get());
        if (!fallback && timedOut)
            return Error{Error::Io,
                         QStringLiteral("CUPS did not answer: %1").arg(cupsMessage(true))};
        if (!fallback)
            return Error{Error::NotFound, QStringLiteral("no default printer is set up in CUPS")};
        name = fallback;
    }

    // Not cupsGetNamedDest: when the queue is unknown it falls back to enumerating every
    // destination on a connection of its own, without our timeouts (measured: it hangs on a
    // scheduler that accepts and never answers). One Get-Printer-Attributes request here does.
    char uri[HTTP_MAX_URI];
    api.assembleUri(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0,
                    "/printers/%s", name.constData());
    ipp_t *request = api.newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    api.addString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    api.addString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr,
                  "printer-state");
    std::unique_ptr<ipp_t, IppFree> answer(
        api.doRequest(http.get(), request, "/")); // frees request
    const QString queue = QString::fromUtf8(name);
    if (!timedOut && api.lastError() == IPP_STATUS_ERROR_NOT_FOUND)
        return Error{Error::NotFound, QStringLiteral("no printer named %1 in CUPS").arg(queue)};
    if (timedOut || !answer || api.lastError() > IPP_STATUS_OK_CONFLICTING)
        return Error{
            Error::Io,
            QStringLiteral("CUPS could not look up %1: %2").arg(queue, cupsMessage(timedOut))};

    const QByteArray file = QFile::encodeName(pdfPath);
    const int job =
        api.printFile(http.get(), name.constData(), file.constData(), "JiuJin receipt", 0, nullptr);
    if (job <= 0)
        return Error{!timedOut && api.lastError() == IPP_STATUS_ERROR_BUSY ? Error::Busy
                                                                           : Error::Io,
                     QStringLiteral("printing on %1 failed: %2").arg(queue, cupsMessage(timedOut))};
    return QStringLiteral("%1-%2").arg(queue).arg(job);
}

FilePrinter::FilePrinter(QString directory) : m_directory(std::move(directory)) {}

Result<QString> FilePrinter::print(const QString &pdfPath)
{
    QFile source(pdfPath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{Error::NotFound,
                     QStringLiteral("cannot read %1: %2").arg(pdfPath, source.errorString())};
    if (!QDir().mkpath(m_directory))
        return Error{Error::Io, QStringLiteral("cannot create %1").arg(m_directory)};
    const QString target = QDir(m_directory).absoluteFilePath(QFileInfo(pdfPath).fileName());
    if (QFileInfo(target) == QFileInfo(pdfPath))
        return target;

    // Written through QSaveFile so a reprint never leaves a half-copied receipt behind.
    QSaveFile copy(target);
    auto failed = [&] {
        const auto code = copy.error() == QFileDevice::ResourceError ? Error::Full : Error::Io;
        return Error{code, QStringLiteral("cannot write %1: %2").arg(target, copy.errorString())};
    };
    if (!copy.open(QIODevice::WriteOnly))
        return failed();
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(64 * 1024);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            copy.cancelWriting();
            return Error{Error::Io,
                         QStringLiteral("cannot read %1: %2").arg(pdfPath, source.errorString())};
        }
        if (copy.write(chunk) != chunk.size())
            return failed();
    }
    if (!copy.commit())
        return failed();
    return target;
}

std::unique_ptr<Printer> makePrinter(const QString &setting, const QString &fallbackDir)
{
    const QString cups = QStringLiteral("cups:");
    const QString file = QStringLiteral("file:");
    if (setting.startsWith(cups))
        return std::make_unique<CupsPrinter>(setting.mid(cups.size()).trimmed());
    if (setting.startsWith(file)) {
        const QString dir = setting.mid(file.size()).trimmed();
        return std::make_unique<FilePrinter>(dir.isEmpty() ? fallbackDir : dir);
    }
    if (!setting.trimmed().isEmpty())
        qCWarning(lcCore) << "unknown printer setting" << setting << "- saving receipts to"
                          << fallbackDir;
    return std::make_unique<FilePrinter>(fallbackDir);
}

} // namespace jiujin
