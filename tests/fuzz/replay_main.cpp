// jiujin-fuzz-replay TARGET PATH...: runs every file under PATH (files or directories) through a
// fuzz target once, as ctest does with the committed corpus in the g++/ASan build. A property
// violation aborts; a sanitizer report fails the run.
#include "fuzz.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <string>

namespace jiujin::fuzz {
namespace {
std::map<std::string, TargetFn> &targets()
{
    static std::map<std::string, TargetFn> t;
    return t;
}
} // namespace

bool registerTarget(const char *name, TargetFn fn)
{
    targets()[name] = fn;
    return true;
}
} // namespace jiujin::fuzz

int main(int argc, char **argv)
{
    auto &targets = jiujin::fuzz::targets();
    const auto target = argc > 2 ? targets.find(argv[1]) : targets.end();
    if (target == targets.end()) {
        std::fprintf(stderr, "usage: jiujin-fuzz-replay TARGET PATH...\ntargets:");
        for (const auto &[name, fn] : targets)
            std::fprintf(stderr, " %s", name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    int files = 0;
    auto runFile = [&](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            std::exit(1);
        }
        const QByteArray data = f.readAll();
        target->second(reinterpret_cast<const std::uint8_t *>(data.constData()),
                       std::size_t(data.size()));
        ++files;
    };
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                runFile(it.next());
        } else {
            runFile(path);
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no inputs for %s\n", argv[1]);
        return 1;
    }
    std::printf("%s: %d inputs, no property violated\n", argv[1], files);
    return 0;
}
