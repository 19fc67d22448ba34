#!/bin/sh
# Fails, naming each commit, when a commit subject (the message's first line) on the history of
# HEAD since the cut-off commit is longer than 72 characters (characters, not bytes: 中文 counts
# one per character). Merge commits count too. History is never rewritten: commits before the
# cut-off are left as they are, and a long subject that has already landed on main is named in
# long-subjects.txt (hash and why) instead.
#
# Usage: check-commits.sh SOURCE-DIR [CUT-OFF]   (JIUJIN_LONG_SUBJECTS: another list, for tests)
# Exit 77 (ctest: skipped) when SOURCE-DIR is not a git checkout or lacks the cut-off (a tarball,
# a shallow clone).
set -eu
src=$1
# main when this check was added: its history before it is not judged.
cutoff=${2:-26e9da5a39935c565d0e6162cbdc87046862a7fc}
limit=72
here=$(cd "$(dirname "$0")" && pwd)
cd "$src"
if ! git rev-parse --git-dir >/dev/null 2>&1; then
    echo "$src is not a git checkout: commit subjects not checked"
    exit 77
fi
if ! git cat-file -e "$cutoff^{commit}" 2>/dev/null; then
    echo "cut-off $cutoff is not in this clone (shallow?): commit subjects not checked"
    exit 77
fi
if ! git merge-base --is-ancestor "$cutoff" HEAD; then
    echo "cut-off $cutoff is not an ancestor of HEAD" >&2
    exit 1
fi
allowed=$(grep -o '^[0-9a-f]\{40\}' "${JIUJIN_LONG_SUBJECTS:-$here/long-subjects.txt}" 2>/dev/null ||
    true)
# %x01 separates hash and subject (a subject may hold any other character).
git log --format='%H%x01%s' "$cutoff..HEAD" |
    ALLOWED="$allowed" LIMIT="$limit" perl -CSD -ne '
        BEGIN { %ok = map { $_ => 1 } split /\s+/, $ENV{ALLOWED}; $n = 0; $bad = 0 }
        chomp;
        my ($hash, $subject) = split /\x01/, $_, 2;
        $n++;
        if (length($subject) > $ENV{LIMIT} && !$ok{$hash}) {
            printf STDERR "%s: subject of %d characters (at most %d): %s\n",
                substr($hash, 0, 12), length($subject), $ENV{LIMIT}, $subject;
            $bad++;
        }
        END {
            print "$n commits since the cut-off, $bad with a subject over $ENV{LIMIT} characters\n";
            exit($bad ? 1 : 0);
        }'
