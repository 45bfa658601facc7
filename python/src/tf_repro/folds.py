"""Which folds this process trains. With `folds` given, tf-repro may split each run of a command
into processes side by side, naming each one's folds in $TF_REPRO_FOLDS (a comma list, e.g. "2,3");
a script that trains only those, and writes metrics and trace lines for those only, gives the same
numbers as the run whole, in less time. Where the variable is unset (the script run on its own, or
by a tf-repro that runs it whole) every fold is trained. Pure Python."""
import os

# The environment variable tf-repro sets for each process of a split run: the folds it trains.
FOLDS_VARIABLE = "TF_REPRO_FOLDS"


def folds_to_train(count):
    """The folds of range(count) this process trains, ascending: those in $TF_REPRO_FOLDS, else all.
    Raises ValueError where the variable names a fold outside range(count) (the script's fold count
    and tf-repro's `folds` differ) or is not a comma list of whole numbers."""
    count = int(count)
    text = os.environ.get(FOLDS_VARIABLE, "").strip()
    if text == "":
        return list(range(count))
    folds = set()
    for item in text.split(","):
        item = item.strip()
        if not item.isdigit():
            raise ValueError(f"{FOLDS_VARIABLE}={text!r}: expected a comma list of fold numbers such as '0,1'")
        fold = int(item)
        if fold >= count:
            raise ValueError(
                f"{FOLDS_VARIABLE}={text!r} names fold {fold}, but this script trains {count} folds (0-{count - 1}): "
                f"give tf-repro's 'folds' the script's fold count"
            )
        folds.add(fold)
    return sorted(folds)
