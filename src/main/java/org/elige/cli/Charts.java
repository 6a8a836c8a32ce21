package org.elige.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Draws a {@link Plot} with JFreeChart into an SVG file (JFreeSVG). The only class that touches
 * them, so they are loaded only when a command is asked for plots.
 */
final class Charts {
    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    private Charts() {}

    /** Writes the plot to {@code file} (in a folder that exists) as SVG, replacing it. */
    static void write(Plot plot, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart(plot).draw(g, new Rectangle(WIDTH, HEIGHT));
        SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
    }

    /** The chart: lines with a mark at each point, one per series, and a legend naming them. */
    private static JFreeChart chart(Plot plot) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Plot.Series s : plot.series()) {
            XYSeries series = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.xs().length; i++) {
                series.add(s.xs()[i], s.ys()[i]);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                plot.title(), plot.x(), plot.y(), data, PlotOrientation.VERTICAL, true, false, false);
        chart.addSubtitle(new TextTitle(plot.note(), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot xy = chart.getXYPlot();
        xy.setBackgroundPaint(Color.WHITE);
        xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
        xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
        xy.setRenderer(new XYLineAndShapeRenderer(true, true));
        if (plot.logX()) {
            LogAxis x = new LogAxis(plot.x());
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            x.setNumberFormatOverride(NumberFormat.getIntegerInstance());
            x.setLabelFont(xy.getRangeAxis().getLabelFont());
            xy.setDomainAxis(x);
        }
        ((NumberAxis) xy.getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }
}
