#include <stdio.h>
#include "cli.h"
int cmd_report(int argc, char **argv) { (void)argc; (void)argv; fputs("iomon report: not yet\n", stderr); return 2; }
