#include "visitprintjob.h"

#include "printer.h"

#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace jiujin {

void VisitPrintJob::start(QObject *owner, Printer *printer, const QString &pdfPath,
                          std::function<QString(const Result<QString> &)> statusFor,
                          std::function<void(const QString &)> report)
{
    m_running = true;
    const int generation = ++m_generation;
    QPointer<QObject> self(owner);
    VisitPrintJob *job = this; // lives as long as owner, which self guards
    // Printing may wait on CUPS; the screen must never wait with it.
    QThreadPool::globalInstance()->start([self, job, printer, pdfPath, generation,
                                          statusFor = std::move(statusFor),
                                          report = std::move(report)] {
        const QString status = statusFor(printer->print(pdfPath));
        QMetaObject::invokeMethod(self, [self, job, status, generation, pdfPath, report] {
            if (!self)
                return;
            job->m_running = false;
            if (job->m_generation == generation)
                report(status);
            else
                QFile::remove(
                    pdfPath); // the visit ended while printing: clear() left the file to us
        });
    });
}

} // namespace jiujin
