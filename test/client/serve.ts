// Runs the client tests' local server in a process of its own and prints its URL: for the
// browser test, whose harness runs the Node side of the cases synchronously (the server
// would otherwise share, and wait on, that blocked process).
import { startServer } from "./server.js";

const server = await startServer();
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
