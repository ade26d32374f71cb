from hria_app.cli import main

raise SystemExit(main())
