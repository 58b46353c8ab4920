// Placeholder until the pipeline lands (issue 4): the build calls `npm run data` first.
console.log("data pipeline: not implemented yet");
