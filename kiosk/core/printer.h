#pragma once

#include "result.h"

#include <QString>

#include <memory>

namespace jiujin {

/** Where a finished PDF goes; print() may be called from a worker thread and makes no GUI calls. */
class Printer
{
public:
    virtual ~Printer() = default;
    /** Prints @p pdfPath; returns where it went, fit to show to staff (a job id or a file path). */
    virtual Result<QString> print(const QString &pdfPath) = 0;
};

/** Prints through libcups to one destination; fails within seconds when CUPS or it is missing. */
class CupsPrinter : public Printer
{
public:
    /** @p destination is a CUPS queue name; empty means the CUPS default destination. */
    explicit CupsPrinter(QString destination);
    Result<QString> print(const QString &pdfPath) override;

private:
    QString m_destination;
};

/** "Prints" by copying the PDF into a directory under its own file name (replacing a same-named
 * one). */
class FilePrinter : public Printer
{
public:
    /** @p directory is created when missing. */
    explicit FilePrinter(QString directory);
    Result<QString> print(const QString &pdfPath) override;

private:
    QString m_directory;
};

/**
 * The printer a setting names: "cups:NAME" (empty NAME: the default queue), "file:DIR", or "" for
 * a FilePrinter on @p fallbackDir (also used, with a warning, for a setting it does not know).
 */
std::unique_ptr<Printer> makePrinter(const QString &setting, const QString &fallbackDir);

} // namespace jiujin
