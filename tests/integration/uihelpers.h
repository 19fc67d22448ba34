#pragma once

// Helpers for driving the kiosk's controllers from a test without QML.

#include "formmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace jiujin::test {

/** The FormModel row of field @p id, or -1. */
inline int rowOf(const FormModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row), FormModel::FieldIdRole).toString() == id)
            return row;
    return -1;
}

inline QString valueOf(const FormModel &model, const QString &id)
{
    const int row = rowOf(model, id);
    return row < 0 ? QString() : model.data(model.index(row), FormModel::ValueRole).toString();
}

/** Runs the event loop until @p done or @p timeoutMs pass; returns done(). */
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

} // namespace jiujin::test
