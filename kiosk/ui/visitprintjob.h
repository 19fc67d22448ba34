#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace jiujin {

class Printer;

/** Prints a screen's PDF (ticket, receipt) off the GUI thread; stale jobs remove their file. */
class VisitPrintJob
{
public:
    /** A print started and has not reported back yet (its file must stay until it does). */
    bool running() const { return m_running; }
    /** The visit ended: a running job reports nothing and removes its file when it finishes. */
    void forget() { ++m_generation; }
    /**
     * Prints @p pdfPath on a pool thread. @p statusFor turns the printer's answer into the text
     * to show and runs on that pool thread; @p report gets the text on @p owner's thread, unless
     * owner is gone or forget() was called since. This job must be a member of @p owner.
     */
    void start(QObject *owner, Printer *printer, const QString &pdfPath,
               std::function<QString(const Result<QString> &printed)> statusFor,
               std::function<void(const QString &status)> report);

private:
    int m_generation = 0;
    bool m_running = false;
};

} // namespace jiujin
