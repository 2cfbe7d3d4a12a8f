package io.jstress.settings;

/**
 * Everything a run needs, validated and typed. Built once from the command line by the cli layer;
 * nothing downstream ever sees a raw word.
 */
public record StressSettings(
    CommandSettings command,
    RateSettings rate,
    NodeSettings node,
    PortSettings port,
    ModeSettings mode,
    ColumnSettings columns,
    PopulationSettings population,
    SchemaSettings schema,
    LogSettings log,
    ErrorSettings errors,
    GraphSettings graph,
    TransportSettings transport,
    SplitSettings split)
{
}
