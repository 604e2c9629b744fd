/*
 * The program's exit statuses, shared by the commands (cli.h) and the
 * screens (the TUI, the line mode), so a screen that ends the program
 * never reaches up into the command layer for them: 0 success, 1 data
 * error (bad file, failed save), 2 usage error.
 */
#ifndef B2C_EXIT_STATUS_H
#define B2C_EXIT_STATUS_H

#define EXIT_DATA	1
#define EXIT_USAGE	2

#endif
