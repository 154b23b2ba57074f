console.log('shanxi-industry: the command-line tool is not built yet');
